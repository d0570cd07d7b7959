using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using OktaCiam.Connector.Abstractions;
using Polly;

namespace OktaCiam.Connector;

/// <summary>Authorizes with an OAuth 2.0 access token from a service app (client credentials, <c>private_key_jwt</c>), cached and refreshed before it expires.</summary>
/// <remarks>
/// One refresh at a time: callers that find the token due wait for the refresh in flight. Each token request carries a new
/// client assertion, so its retries are driven here rather than by the HTTP pipeline (Okta refuses a reused <c>jti</c>).
/// </remarks>
internal sealed class OktaOAuthAuthorization : IOktaAuthorization, IDisposable
{
    /// <summary>The most a token is refreshed ahead of its expiry.</summary>
    public static readonly TimeSpan MaxRefreshAhead = TimeSpan.FromMinutes(5);

    private const string Endpoint = "POST /oauth2/v1/token";

    private readonly string _clientId;
    private readonly string _scopes;
    private readonly Uri _tokenUrl;
    private readonly string _httpClientName;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly Lazy<OktaSigningKey> _key;
    private readonly TimeSpan _requestTimeout;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile CachedToken? _token;

    public OktaOAuthAuthorization(
        Uri orgUrl,
        OktaOAuthOptions oauth,
        OktaCiamHttpOptions http,
        string httpClientName,
        IHttpClientFactory httpClientFactory,
        TimeProvider timeProvider,
        ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(orgUrl);
        ArgumentNullException.ThrowIfNull(oauth);
        ArgumentNullException.ThrowIfNull(http);
        ArgumentException.ThrowIfNullOrWhiteSpace(oauth.ClientId);
        _clientId = oauth.ClientId;
        _scopes = string.Join(' ', oauth.Scopes);
        _tokenUrl = new Uri(orgUrl, "/oauth2/v1/token");
        _httpClientName = httpClientName;
        _httpClientFactory = httpClientFactory;
        _timeProvider = timeProvider;
        _logger = logger;
        _requestTimeout = http.RequestTimeout;
        var privateKey = oauth.PrivateKey;
        var keyId = oauth.KeyId;
        _key = new Lazy<OktaSigningKey>(() => OktaSigningKey.Load(privateKey, keyId));

        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (OktaRetryPolicy.CreateOptions(http, timeProvider, static _ => true, static _ => Endpoint, logger) is { } retry)
        {
            builder.AddRetry(retry);
        }

        _pipeline = builder.AddTimeout(http.RequestTimeout).Build();
    }

    /// <summary>Gets the token URL the assertions are addressed to.</summary>
    public Uri TokenUrl => _tokenUrl;

    public async ValueTask<AuthenticationHeaderValue> GetAsync(CancellationToken cancellationToken)
    {
        var token = _token;
        if (token is not null && _timeProvider.GetUtcNow() < token.RefreshAt)
        {
            return token.Header;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            token = _token;
            var now = _timeProvider.GetUtcNow();
            if (token is not null && now < token.RefreshAt)
            {
                return token.Header;
            }

            try
            {
                token = await RequestTokenAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (ConnectorTransientException) when (_token is { } current && _timeProvider.GetUtcNow() < current.ExpiresAt)
            {
                // Refreshing early failed, but the current token is still good: use it and try again on the next request.
                return current.Header;
            }

            _token = token;
            return token.Header;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public bool Invalidate(AuthenticationHeaderValue rejected)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        var token = _token;
        if (token is not null && ReferenceEquals(token.Header, rejected))
        {
            Interlocked.CompareExchange(ref _token, null, token);
        }

        return true;
    }

    public void Dispose()
    {
        _refresh.Dispose();
        if (_key.IsValueCreated)
        {
            _key.Value.Dispose();
        }
    }

    public override string ToString() => $"OktaOAuthAuthorization {{ ClientId = {_clientId}, TokenUrl = {_tokenUrl} }}";

    private async Task<CachedToken> RequestTokenAsync(CancellationToken cancellationToken)
    {
        var key = _key.Value;
        var client = _httpClientFactory.CreateClient(_httpClientName);
        HttpResponseMessage response;
        try
        {
            response = await _pipeline.ExecuteAsync(
                async ct =>
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, _tokenUrl)
                    {
                        Content = new FormUrlEncodedContent(
                        [
                            new("grant_type", "client_credentials"),
                            new("scope", _scopes),
                            new("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
                            new("client_assertion", OktaClientAssertion.Create(_clientId, _tokenUrl, key, _timeProvider.GetUtcNow())),
                        ]),
                    };
                    request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                    return await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or Polly.Timeout.TimeoutRejectedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Log.OktaTransportFailed(_logger, Endpoint, ex.GetType().Name);
            throw OktaErrors.FromTransport(Endpoint, ex, _requestTimeout);
        }

        using (response)
        {
            var requestId = OktaErrors.Safe(OktaClient.RequestIdOf(response), 64);
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                var error = await OktaErrorBody.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false);
                Log.OktaRequestFailed(_logger, Endpoint, status, OktaErrors.Safe(error.ErrorCode, 40), requestId);
                var retryAfter = OktaRateLimitHeaders.UntilReset(response, _timeProvider.GetUtcNow());
                throw OktaErrors.FromResponse(Endpoint, status, error, requestId, retryAfter);
            }

            OktaAccessTokenResponse? body;
            try
            {
                body = await response.Content.ReadFromJsonAsync(OktaJsonContext.Default.OktaAccessTokenResponse, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is JsonException or IOException or HttpRequestException or NotSupportedException)
            {
                throw OktaErrors.MalformedBody(Endpoint, status, requestId, ex);
            }

            if (string.IsNullOrEmpty(body?.AccessToken))
            {
                throw OktaErrors.MalformedBody(Endpoint, status, requestId, null);
            }

            if (!string.Equals(body.TokenType, "Bearer", StringComparison.OrdinalIgnoreCase))
            {
                throw new ConnectorConfigurationException(
                    $"Okta issued a {OktaErrors.Safe(body.TokenType, 20) ?? "non-Bearer"} token, which this connector cannot use: turn off \"Require Demonstrating Proof of Possession (DPoP)\" on the service app.")
                {
                    RequestId = requestId,
                };
            }

            var lifetime = TimeSpan.FromSeconds(Math.Clamp(body.ExpiresIn ?? 3600, 1, 86_400));
            var ahead = lifetime / 5 < MaxRefreshAhead ? lifetime / 5 : MaxRefreshAhead;
            var now = _timeProvider.GetUtcNow();
            Log.OktaTokenIssued(_logger, _clientId, lifetime);
            return new CachedToken(new AuthenticationHeaderValue("Bearer", body.AccessToken), now + lifetime - ahead, now + lifetime);
        }
    }

    private sealed record CachedToken(AuthenticationHeaderValue Header, DateTimeOffset RefreshAt, DateTimeOffset ExpiresAt)
    {
        public override string ToString() => $"CachedToken {{ RefreshAt = {RefreshAt}, ExpiresAt = {ExpiresAt} }}";
    }
}
