using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using OktaCiam.Connector.Abstractions;
using Polly.RateLimiting;
using Polly.Timeout;

namespace OktaCiam.Connector;

/// <summary>The Okta Management API client of one connector instance: paging, single objects and writes, over the instance's HTTP pipeline.</summary>
/// <remarks>
/// Bodies are streamed (<see cref="HttpCompletionOption.ResponseHeadersRead"/>) into caller-supplied readers, so a list that
/// may hold customers can be filtered while it is read. Every failure surfaces as a <see cref="ConnectorException"/>; next
/// links are followed on the configured org host only. The pipeline below it retries, paces and authorizes (see
/// <see cref="OktaClientRegistration"/>).
/// </remarks>
internal sealed partial class OktaClient
{
    /// <summary>The <c>Content-Type</c> that asks Okta to leave credentials out of user objects.</summary>
    public const string OmitCredentialsContentType = "application/json; okta-response=omitCredentials,omitCredentialsLinks,omitTransitioningToStatus";

    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly string _httpClientName;
    private readonly OktaCiamHttpOptions _http;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public OktaClient(
        string instanceName,
        Uri orgUrl,
        OktaCiamHttpOptions http,
        IHttpClientFactory httpClientFactory,
        string httpClientName,
        OktaApiStats stats,
        TimeProvider timeProvider,
        ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(instanceName);
        ArgumentNullException.ThrowIfNull(orgUrl);
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentException.ThrowIfNullOrEmpty(httpClientName);
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        if (!orgUrl.IsAbsoluteUri || orgUrl.AbsolutePath != "/")
        {
            throw new ArgumentException("The org URL must be absolute and end at the host (use OktaOrgUrl.Parse).", nameof(orgUrl));
        }

        InstanceName = instanceName;
        OrgUrl = orgUrl;
        _http = http;
        _httpClientFactory = httpClientFactory;
        _httpClientName = httpClientName;
        Stats = stats;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Gets the connector instance's name.</summary>
    public string InstanceName { get; }

    /// <summary>Gets the org URL every request goes to, <c>scheme://host[:port]/</c>.</summary>
    public Uri OrgUrl { get; }

    /// <summary>Gets the count of API calls this instance made.</summary>
    public OktaApiStats Stats { get; }

    /// <summary>Reads one page of a list whose next link comes in the <c>Link</c> header.</summary>
    /// <param name="pathAndQuery">The page's path and query under <c>/api/v1/</c>: a first page, or a previous page's <see cref="OktaPage{T}.NextPathAndQuery"/>.</param>
    /// <param name="readBody">Reads the body into the items to keep.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The page.</returns>
    public Task<OktaPage<T>> GetPageAsync<T>(string pathAndQuery, OktaBodyReader<T> readBody, CancellationToken cancellationToken = default)
    {
        ValidatePathAndQuery(pathAndQuery);
        ArgumentNullException.ThrowIfNull(readBody);
        return GetPageCoreAsync<T>(
            pathAndQuery,
            async (body, ct) => (await readBody(body, ct).ConfigureAwait(false), null),
            cancellationToken);
    }

    /// <summary>Reads every page of a list, from <paramref name="pathAndQuery"/> to the last; a cursor seen before is a protocol error.</summary>
    public IAsyncEnumerable<OktaPage<T>> GetPagesAsync<T>(string pathAndQuery, OktaBodyReader<T> readBody, CancellationToken cancellationToken = default)
    {
        ValidatePathAndQuery(pathAndQuery);
        ArgumentNullException.ThrowIfNull(readBody);
        return PagesCoreAsync(pathAndQuery, (path, ct) => GetPageAsync(path, readBody, ct), stopWhenCaughtUp: false, cancellationToken);
    }

    /// <summary>Reads every kept item of a list, page by page.</summary>
    public IAsyncEnumerable<T> GetAllAsync<T>(string pathAndQuery, OktaBodyReader<T> readBody, CancellationToken cancellationToken = default)
    {
        ValidatePathAndQuery(pathAndQuery);
        ArgumentNullException.ThrowIfNull(readBody);
        return ItemsCoreAsync(PagesCoreAsync(pathAndQuery, (path, ct) => GetPageAsync(path, readBody, ct), stopWhenCaughtUp: false, cancellationToken), cancellationToken);
    }

    /// <summary>Reads one object; <see langword="null"/> when Okta answers 404.</summary>
    public Task<T?> GetAsync<T>(string path, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return GetAsync(path, OktaJsonReaders.Object(typeInfo), cancellationToken);
    }

    /// <summary>Reads one object through <paramref name="readBody"/> (for example the managed-identity filter re-checking a fresh GET); <see langword="null"/> when Okta answers 404 or the reader returns null.</summary>
    public async Task<T?> GetAsync<T>(string path, OktaObjectReader<T> readBody, CancellationToken cancellationToken = default)
        where T : class
    {
        ValidatePathAndQuery(path);
        ArgumentNullException.ThrowIfNull(readBody);
        using var request = CreateRequest(HttpMethod.Get, path, content: null, retrySafe: true);
        var endpoint = OktaEndpoint.Describe(request);
        using var response = await SendAsync(request, endpoint, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await EnsureSuccessAsync(response, endpoint, cancellationToken).ConfigureAwait(false);
        return await ReadBodyAsync(response, endpoint, (body, ct) => readBody(body, ct), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the <c>X-Okta-Request-Id</c> of a response.</summary>
    public static string? RequestIdOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Okta-Request-Id", out var values) ? values.FirstOrDefault() : null;

    /// <summary>Reads one page of an IAM list, whose next link comes in the body (<c>_links.next.href</c>) or a <c>Link</c> header.</summary>
    internal Task<OktaPage<T>> GetBodyLinkedPageAsync<TList, T>(string pathAndQuery, JsonTypeInfo<TList> typeInfo, CancellationToken cancellationToken)
        where TList : class, IOktaBodyList<T>
    {
        ValidatePathAndQuery(pathAndQuery);
        return GetPageCoreAsync<T>(
            pathAndQuery,
            async (body, ct) =>
            {
                var list = await JsonSerializer.DeserializeAsync(body, typeInfo, ct).ConfigureAwait(false)
                    ?? throw new JsonException("The body is null where a list object was expected.");
                return (list.Items ?? throw new JsonException("The list object has no items member."), list.NextHref);
            },
            cancellationToken);
    }

    /// <summary>Reads every item of an IAM list across its body-linked pages.</summary>
    internal IAsyncEnumerable<T> GetAllBodyLinkedAsync<TList, T>(string pathAndQuery, JsonTypeInfo<TList> typeInfo, CancellationToken cancellationToken)
        where TList : class, IOktaBodyList<T>
    {
        ValidatePathAndQuery(pathAndQuery);
        return ItemsCoreAsync(
            PagesCoreAsync(pathAndQuery, (path, ct) => GetBodyLinkedPageAsync<TList, T>(path, typeInfo, ct), stopWhenCaughtUp: false, cancellationToken),
            cancellationToken);
    }

    /// <summary>Sends a write and returns the response when it succeeded or its status is <paramref name="accepted"/>; otherwise throws the mapped error.</summary>
    private async Task<HttpResponseMessage> SendWriteAsync(
        HttpMethod method, string pathAndQuery, object? body, JsonTypeInfo? bodyType, bool retrySafe, HttpStatusCode? accepted, CancellationToken cancellationToken)
    {
        HttpContent? content = null;
        if (body is not null && bodyType is not null)
        {
            content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, bodyType));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var request = CreateRequest(method, pathAndQuery, content, retrySafe);
        var endpoint = OktaEndpoint.Describe(request);
        var response = await SendAsync(request, endpoint, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode || response.StatusCode == accepted)
        {
            return response;
        }

        using (response)
        {
            await EnsureSuccessAsync(response, endpoint, cancellationToken).ConfigureAwait(false);
            return response;
        }
    }

    private async Task<OktaPage<T>> GetPageCoreAsync<T>(
        string pathAndQuery,
        Func<Stream, CancellationToken, ValueTask<(IReadOnlyList<T> Items, string? BodyNext)>> read,
        CancellationToken cancellationToken)
    {
        using var request = CreateRequest(HttpMethod.Get, pathAndQuery, content: null, retrySafe: true);
        var endpoint = OktaEndpoint.Describe(request);
        using var response = await SendAsync(request, endpoint, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, endpoint, cancellationToken).ConfigureAwait(false);
        var (items, bodyNext) = await ReadBodyAsync(response, endpoint, read, cancellationToken).ConfigureAwait(false);

        var href = OktaLinkHeader.FindNext(response.Headers) ?? bodyNext;
        if (href is null)
        {
            return new OktaPage<T>(items, null);
        }

        var next = OktaNextLink.ToPathAndQuery(href, request.RequestUri!.AbsolutePath, out var host);
        if (next is null)
        {
            var requestId = OktaErrors.Safe(RequestIdOf(response), 64);
            throw new ConnectorProtocolException(
                $"Okta's next-page link for {endpoint} does not continue the same endpoint, so paging stopped rather than follow it: retry, and if it persists report the Okta request id.{(requestId is null ? string.Empty : $" Okta request id: {requestId}.")}")
            {
                StatusCode = (int)response.StatusCode,
                RequestId = requestId,
            };
        }

        if (host is not null && !string.Equals(host, OrgUrl.Authority, StringComparison.OrdinalIgnoreCase))
        {
            Log.OktaNextLinkHostReplaced(_logger, endpoint);
        }

        return new OktaPage<T>(items, next);
    }

    private static async IAsyncEnumerable<OktaPage<T>> PagesCoreAsync<T>(
        string first,
        Func<string, CancellationToken, Task<OktaPage<T>>> getPage,
        bool stopWhenCaughtUp,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { first };
        var path = first;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await getPage(path, cancellationToken).ConfigureAwait(false);
            yield return page;
            if (page.NextPathAndQuery is null || (stopWhenCaughtUp && page.Items.Count == 0))
            {
                yield break;
            }

            if (!seen.Add(page.NextPathAndQuery))
            {
                if (stopWhenCaughtUp)
                {
                    yield break;
                }

                throw new ConnectorProtocolException(
                    $"Okta returned a next-page link for {OktaEndpoint.Template(path)} that was already read, so paging stopped rather than loop: retry the list from its start.");
            }

            path = page.NextPathAndQuery;
        }
    }

    private static async IAsyncEnumerable<T> ItemsCoreAsync<T>(IAsyncEnumerable<OktaPage<T>> pages, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Items)
            {
                yield return item;
            }
        }
    }

    private HttpRequestMessage CreateRequest(HttpMethod method, string pathAndQuery, HttpContent? content, bool retrySafe)
    {
        var uri = new Uri(OrgUrl, pathAndQuery);
        if (!string.Equals(uri.Authority, OrgUrl.Authority, StringComparison.OrdinalIgnoreCase) || uri.Scheme != OrgUrl.Scheme)
        {
            content?.Dispose();
            throw new ArgumentException("The path must stay on the org host.", nameof(pathAndQuery));
        }

        var request = new HttpRequestMessage(method, uri);
        request.Headers.Accept.Add(AcceptJson);
        request.Headers.UserAgent.ParseAdd(OktaUserAgent.Value);
        if (content is null && (method == HttpMethod.Post || method == HttpMethod.Put))
        {
            // Okta wants an explicit Content-Length: 0 on a PUT or POST without a body.
            content = new ByteArrayContent([]);
        }
        else if (content is null && method == HttpMethod.Get && IsUserObjectPath(uri.AbsolutePath))
        {
            content = new ByteArrayContent([]);
            content.Headers.TryAddWithoutValidation("Content-Type", OmitCredentialsContentType);
        }
        else if (content is null && !retrySafe)
        {
            // SocketsHttpHandler resends a body-less request by itself when the connection closes before an answer; a body, even empty, stops that.
            content = new ByteArrayContent([]);
        }

        request.Content = content;
        OktaRequestPolicy.SetRetrySafe(request, retrySafe);
        return request;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string endpoint, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            var client = _httpClientFactory.CreateClient(_httpClientName);
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TimeoutRejectedException or RateLimiterRejectedException or OperationCanceledException)
        {
            Log.OktaTransportFailed(_logger, endpoint, ex.GetType().Name);
            throw OktaErrors.FromTransport(endpoint, ex, _http.RequestTimeout);
        }

        Log.OktaResponse(_logger, endpoint, (int)response.StatusCode, OktaErrors.Safe(RequestIdOf(response), 64));
        return response;
    }

    private async Task EnsureSuccessAsync(HttpResponseMessage response, string endpoint, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        throw await ToExceptionAsync(response, endpoint, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ConnectorException> ToExceptionAsync(HttpResponseMessage response, string endpoint, CancellationToken cancellationToken)
    {
        OktaErrorBody body;
        using (var timeout = new CancellationTokenSource(_http.RequestTimeout, _timeProvider))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
        {
            body = await OktaErrorBody.ReadAsync(response.Content, linked.Token).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var status = (int)response.StatusCode;
        var requestId = OktaErrors.Safe(RequestIdOf(response), 64);
        Log.OktaRequestFailed(_logger, endpoint, status, OktaErrors.Safe(body.ErrorCode, 40), requestId);
        var now = _timeProvider.GetUtcNow();
        var retryAfter = status == 429
            ? OktaRateLimitHeaders.UntilReset(response, now) + OktaRetryPolicy.ResetMargin
            : OktaRateLimitHeaders.RetryAfter(response, now);
        return OktaErrors.FromResponse(endpoint, status, body, requestId, retryAfter);
    }

    private async Task<TResult> ReadBodyAsync<TResult>(
        HttpResponseMessage response, string endpoint, Func<Stream, CancellationToken, ValueTask<TResult>> read, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is not null && !mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            && !mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
        {
            var requestId = OktaErrors.Safe(RequestIdOf(response), 64);
            var notJson = new JsonException("The response is not JSON.");
            Log.OktaMalformedBody(_logger, endpoint, requestId, notJson);
            throw OktaErrors.MalformedBody(endpoint, status, requestId, notJson);
        }

        using var timeout = new CancellationTokenSource(_http.RequestTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(linked.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await read(stream, linked.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested)
        {
            throw OktaErrors.SlowBody(endpoint, status, OktaErrors.Safe(RequestIdOf(response), 64), _http.RequestTimeout, ex);
        }
        catch (Exception ex) when (ex is JsonException or IOException or HttpRequestException or System.Text.DecoderFallbackException)
        {
            var requestId = OktaErrors.Safe(RequestIdOf(response), 64);
            Log.OktaMalformedBody(_logger, endpoint, requestId, ex);
            throw OktaErrors.MalformedBody(endpoint, status, requestId, ex);
        }
    }

    private static void ValidatePathAndQuery(string pathAndQuery, [CallerArgumentExpression(nameof(pathAndQuery))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery, paramName);
        if (!OktaNextLink.IsSafePathAndQuery(pathAndQuery))
        {
            throw new ArgumentException("Expected an Okta API path and query starting with /api/v1/ (no host, fragment, backslash or dot segments).", paramName);
        }
    }

    // GET /api/v1/users and /api/v1/users/{id}: the endpoints that take the okta-response content type.
    private static bool IsUserObjectPath(string absolutePath)
    {
        const string Users = "/api/v1/users";
        if (!absolutePath.StartsWith(Users, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = absolutePath.AsSpan(Users.Length).TrimEnd('/');
        return rest.IsEmpty || (rest[0] == '/' && rest[1..].IndexOf('/') < 0);
    }
}
