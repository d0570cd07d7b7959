using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace OktaCiam.Connector.Testing;

/// <summary>
/// An Okta org in a box: a real HTTP server on 127.0.0.1 that answers the Okta Management API endpoints the connector uses, with
/// Okta's object shapes, paging, search semantics, rate-limit headers, error bodies, SSWS and OAuth service-app authentication,
/// fault injection and a request log.
/// </summary>
/// <example>
/// <code>
/// await using var okta = await OktaEmulator.StartAsync(new() { Seed = new() { ManagedUsers = 500, Customers = 100_000 } });
/// // point a client at okta.BaseUrl with "Authorization: SSWS " + okta.ApiToken
/// </code>
/// </example>
public sealed partial class OktaEmulator : IAsyncDisposable
{
    private const int MaxLoggedRequests = 200_000;
    private readonly WebApplication _app;
    private readonly Router _router = new(Endpoints.All);
    private readonly RateLimiter _rateLimiter;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _requestsGate = new();
    private readonly List<EmulatedRequest> _requests = [];
    private readonly byte[] _apiTokenBytes;
    private long _sequence;
    private int _inFlight;
    private int _peakInFlight;
    private int _disposed;

    private OktaEmulator(OktaEmulatorOptions options, EmulatedOrg org, WebApplication app, string apiToken)
    {
        Options = options;
        Org = org;
        _app = app;
        ApiToken = apiToken;
        _apiTokenBytes = System.Text.Encoding.UTF8.GetBytes(apiToken);
        Tokens = new AccessTokenStore(options.TimeProvider);
        _rateLimiter = new RateLimiter(options.TimeProvider, options.DefaultRateLimit, options.RateLimits, options.RateLimitWindow);
        BaseUrl = new Uri("http://127.0.0.1/");
        AdminBaseUrl = BaseUrl;
        TokenUrl = BaseUrl;
        Render = new RenderOptions(string.Empty, false, false);
    }

    /// <summary>Gets the org URL, <c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri BaseUrl { get; private set; }

    /// <summary>Gets the <c>-admin</c> host that IAM list bodies name in their next links, like real Okta; it never resolves, so a client must keep only path and query.</summary>
    public Uri AdminBaseUrl { get; private set; }

    /// <summary>Gets the OAuth token endpoint, <c>{BaseUrl}oauth2/v1/token</c> (also the audience client assertions must name).</summary>
    public Uri TokenUrl { get; private set; }

    /// <summary>Gets the API token accepted as <c>Authorization: SSWS {token}</c>.</summary>
    public string ApiToken { get; }

    /// <summary>Gets the org state, to seed, change and inspect while the emulator runs.</summary>
    public EmulatedOrg Org { get; }

    /// <summary>Gets the fault injection rules and protocol variations.</summary>
    public EmulatorFaults Faults { get; } = new();

    /// <summary>Gets a snapshot of the requests received so far, in order of arrival (never with credentials).</summary>
    public IReadOnlyList<EmulatedRequest> Requests
    {
        get
        {
            lock (_requestsGate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Gets a snapshot of the write requests received so far (<see cref="EmulatedRequest.IsWrite"/>), in order, whatever their outcome.</summary>
    public IReadOnlyList<EmulatedRequest> Writes
    {
        get
        {
            lock (_requestsGate)
            {
                return [.. _requests.Where(r => r.IsWrite)];
            }
        }
    }

    /// <summary>Gets the most requests that were in flight at the same time since start (or <see cref="ClearRequests"/>), to check a client's concurrency cap.</summary>
    public int PeakConcurrentRequests => Volatile.Read(ref _peakInFlight);

    internal OktaEmulatorOptions Options { get; }

    internal AccessTokenStore Tokens { get; }

    internal RenderOptions Render { get; private set; }

    /// <summary>Starts an emulator on 127.0.0.1.</summary>
    /// <param name="options">The options; <see langword="null"/> for a small default org on a free port.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop.</returns>
    public static async Task<OktaEmulator> StartAsync(OktaEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new OktaEmulatorOptions();
        options.Validate();
        var org = new EmulatedOrg(options, Mix.SplitMix((ulong)(uint)options.Seed.RandomSeed + 0x0C1A));
        org.Seed(options.Seed);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MinResponseDataRate = null;
            kestrel.Limits.MaxResponseBufferSize = null;
            kestrel.Limits.MaxRequestBodySize = 1 << 20;
        });
        var app = builder.Build();
        var emulator = new OktaEmulator(options, org, app, options.ApiToken ?? NewApiToken());
        app.Run(emulator.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        emulator.BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        emulator.AdminBaseUrl = new Uri($"http://okta-emulator-admin.invalid:{port}/");
        emulator.TokenUrl = new Uri(emulator.BaseUrl, "oauth2/v1/token");
        emulator.Render = new RenderOptions($"http://127.0.0.1:{port}", false, false);
        return emulator;
    }

    /// <summary>Clears the request log and <see cref="PeakConcurrentRequests"/>.</summary>
    public void ClearRequests()
    {
        lock (_requestsGate)
        {
            _requests.Clear();
        }

        Volatile.Write(ref _peakInFlight, Volatile.Read(ref _inFlight));
    }

    /// <summary>Sets the limit of one rate-limit bucket from now on (the current window keeps its count).</summary>
    /// <param name="bucket">The method and route template, for example <c>GET /api/v1/users</c>.</param>
    /// <param name="limit">Requests per window, at least 1.</param>
    public void SetRateLimit(string bucket, int limit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bucket);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        _rateLimiter.SetLimit(bucket, limit);
    }

    /// <summary>Starts a fresh window in every rate-limit bucket.</summary>
    public void ResetRateLimits() => _rateLimiter.Reset();

    /// <summary>Revokes every OAuth access token issued so far (the next request with one gets 401).</summary>
    public void RevokeAccessTokens() => Tokens.RevokeAll();

    /// <summary>Stops the server; requests in flight (for example held by a latency fault) are aborted.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5), TimeProvider.System);
        try
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Connections that outlive the grace period are closed by DisposeAsync below.
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    /// <inheritdoc/>
    public override string ToString() => $"Okta emulator at {BaseUrl}";

    private static string NewApiToken()
    {
        Span<char> chars = stackalloc char[42];
        chars[0] = '0';
        chars[1] = '0';
        var bytes = RandomNumberGenerator.GetBytes(40);
        for (var i = 0; i < 40; i++)
        {
            chars[i + 2] = Base62.Alphabet[bytes[i] % 62];
        }

        return new string(chars);
    }

    private void LogRequest(EmulatedRequest request)
    {
        lock (_requestsGate)
        {
            if (_requests.Count >= MaxLoggedRequests)
            {
                _requests.RemoveRange(0, MaxLoggedRequests / 10);
            }

            _requests.Add(request);
        }
    }
}
