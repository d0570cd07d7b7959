using System.Net;
using System.Web;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Tests.Okta;

public sealed class OktaOAuthAuthorizationTests
{
    private const string ClientId = "0oaServiceApp123";
    private const string TokenUrl = "https://acme.okta.com/oauth2/v1/token";

    public static TheoryData<string, string, string?, string> Keys => new()
    {
        { "RSA PKCS#8 PEM", OktaTestKeys.RsaPkcs8Pem, "kid-from-options", SecurityAlgorithms.RsaSha256 },
        { "RSA PKCS#1 PEM", OktaTestKeys.RsaPkcs1Pem, null, SecurityAlgorithms.RsaSha256 },
        { "EC SEC1 PEM", OktaTestKeys.EcSec1Pem, "ec-1", SecurityAlgorithms.EcdsaSha256 },
        { "RSA JWK", OktaTestKeys.RsaJwk(), null, SecurityAlgorithms.RsaSha256 },
        { "EC JWK", OktaTestKeys.EcJwk(), null, SecurityAlgorithms.EcdsaSha256 },
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task GetAsync_FirstCall_MintsACorrectlySignedClientAssertion(string kind, string privateKey, string? keyId, string algorithm)
    {
        var token = new TokenEndpoint();
        await using var harness = CreateHarness(token, privateKey, keyId);

        await harness.Client.GetUserAsync("00u1");

        var form = token.Forms.Single();
        form["grant_type"].Should().Be("client_credentials", kind);
        form["scope"].Should().Be("okta.users.read okta.groups.manage");
        form["client_assertion_type"].Should().Be("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");

        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(form["client_assertion"], new TokenValidationParameters
        {
            ValidIssuer = ClientId,
            ValidAudience = TokenUrl,
            IssuerSigningKey = algorithm == SecurityAlgorithms.RsaSha256 ? new RsaSecurityKey(OktaTestKeys.Rsa) : new ECDsaSecurityKey(OktaTestKeys.EcP256),
            ValidAlgorithms = [algorithm],
            ValidateLifetime = false,
        });
        validation.IsValid.Should().BeTrue(validation.Exception?.Message);
        var jwt = (JsonWebToken)validation.SecurityToken;
        jwt.Subject.Should().Be(ClientId);
        jwt.Id.Should().NotBeNullOrEmpty();
        jwt.Alg.Should().Be(algorithm);
        var expectedKid = keyId ?? (privateKey.StartsWith('{') ? (algorithm == SecurityAlgorithms.RsaSha256 ? "rsa-kid" : "ec-kid") : null);
        if (expectedKid is null)
        {
            jwt.TryGetHeaderValue<string>("kid", out _).Should().BeFalse();
        }
        else
        {
            jwt.Kid.Should().Be(expectedKid);
        }

        jwt.IssuedAt.Should().Be(harness.Time.GetUtcNow().UtcDateTime);
        jwt.ValidFrom.Should().Be(jwt.IssuedAt);
        (jwt.ValidTo - jwt.IssuedAt).Should().BePositive().And.BeLessThanOrEqualTo(TimeSpan.FromHours(1));
        harness.Stub.Requests.Single(r => r.Uri.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal)).Authorization!.ToString().Should().Be("Bearer at-1");
    }

    [Fact]
    public async Task GetAsync_SeveralCalls_ReuseTheCachedToken()
    {
        var token = new TokenEndpoint();
        await using var harness = CreateHarness(token);

        for (var i = 0; i < 3; i++)
        {
            await harness.Client.GetUserAsync("00u1");
        }

        token.Forms.Should().ContainSingle();
        harness.Stats.TokenRequests.Should().Be(1);
        harness.Stats.RequestsSent.Should().Be(4);
    }

    [Fact]
    public async Task GetAsync_TokenNearItsExpiry_IsRefreshedAheadOfIt()
    {
        var token = new TokenEndpoint();
        await using var harness = CreateHarness(token);

        await harness.Client.GetUserAsync("00u1");
        harness.Time.Advance(TimeSpan.FromMinutes(54));
        await harness.Client.GetUserAsync("00u1");
        harness.Time.Advance(TimeSpan.FromMinutes(2));
        await harness.Client.GetUserAsync("00u1");

        token.Forms.Should().HaveCount(2);
        token.Forms[0]["client_assertion"].Should().NotBe(token.Forms[1]["client_assertion"]);
        Jti(token.Forms[0]).Should().NotBe(Jti(token.Forms[1]));
        harness.Stub.Requests.Where(r => r.Uri.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal))
            .Select(r => r.Authorization!.Parameter).Should().Equal("at-1", "at-1", "at-2");
    }

    [Fact]
    public async Task AnyCall_TokenRejected_RefreshesOnceAndResends()
    {
        var token = new TokenEndpoint();
        await using var harness = CreateHarness(token, api: request => request.Authorization!.Parameter == "at-1"
            ? OktaResponses.Error(HttpStatusCode.Unauthorized, "E0000011")
            : OktaResponses.Json("""{"id":"00u1"}"""));

        var user = await harness.Client.GetUserAsync("00u1");

        user!.Id.Should().Be("00u1");
        token.Forms.Should().HaveCount(2);
        harness.Logs.GetSnapshot().Should().Contain(r => r.Id.Name == "OktaTokenRejected");
    }

    [Fact]
    public async Task AnyCall_TokenRejectedTwice_ThrowsUnauthenticatedAfterOneRefresh()
    {
        var token = new TokenEndpoint();
        await using var harness = CreateHarness(token, api: _ => OktaResponses.Error(HttpStatusCode.Unauthorized, "E0000011"));

        var act = () => harness.Client.GetUserAsync("00u1");

        var error = (await act.Should().ThrowAsync<ConnectorUnauthenticatedException>()).Which;
        error.Message.Should().NotContain("at-1").And.NotContain("at-2");
        token.Forms.Should().HaveCount(2);
        harness.Stub.Requests.Count(r => r.Uri.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal)).Should().Be(2);
    }

    [Fact]
    public async Task GetAsync_ManyCallersWhileTokenIsFetched_ShareOneTokenRequest()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var token = new TokenEndpoint { Gate = release.Task };
        await using var harness = CreateHarness(token);

        var calls = Enumerable.Range(0, 8).Select(i => harness.Client.GetUserAsync($"00u{i}")).ToArray();
        while (token.Started == 0)
        {
            await Task.Delay(1);
        }

        await Task.Delay(20);
        release.SetResult();
        await Task.WhenAll(calls);

        token.Forms.Should().ContainSingle();
    }

    [Fact]
    public async Task GetAsync_TokenEndpointFailsTransiently_RetriesWithAFreshAssertion()
    {
        var token = new TokenEndpoint { FailFirst = HttpStatusCode.ServiceUnavailable };
        await using var harness = CreateHarness(token);

        await harness.RunAsync(harness.Client.GetUserAsync("00u1"));

        token.Forms.Should().HaveCount(2);
        Jti(token.Forms[0]).Should().NotBe(Jti(token.Forms[1]));
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, "invalid_client", typeof(ConnectorUnauthenticatedException))]
    [InlineData(HttpStatusCode.BadRequest, "invalid_scope", typeof(ConnectorPermissionDeniedException))]
    [InlineData(HttpStatusCode.BadRequest, "invalid_dpop_proof", typeof(ConnectorConfigurationException))]
    public async Task GetAsync_TokenEndpointRefuses_ThrowsTypedErrorWithoutSecrets(HttpStatusCode status, string error, Type expected)
    {
        var token = new TokenEndpoint { Refuse = (status, error) };
        await using var harness = CreateHarness(token);

        var act = () => harness.Client.GetUserAsync("00u1");

        var thrown = (await act.Should().ThrowAsync<ConnectorException>()).Which;
        thrown.Should().BeOfType(expected);
        thrown.ErrorCode.Should().Be(error);
        thrown.Message.Should().NotContain(token.Forms.Single()["client_assertion"]).And.NotContain("PRIVATE KEY");
        harness.Stub.Requests.Should().ContainSingle("the API is not called without a token, and the refusal is not retried");
    }

    [Fact]
    public async Task GetAsync_DPoPBoundToken_IsRefusedWithAdvice()
    {
        var token = new TokenEndpoint { TokenType = "DPoP" };
        await using var harness = CreateHarness(token);

        var act = () => harness.Client.GetUserAsync("00u1");

        (await act.Should().ThrowAsync<ConnectorConfigurationException>()).Which.Message.Should().Contain("DPoP");
    }

    [Fact]
    public void ToString_NeverShowsTheKey()
    {
        using var authorization = new OktaOAuthAuthorization(
            new Uri("https://acme.okta.com/"),
            new OktaOAuthOptions { ClientId = ClientId, PrivateKey = OktaTestKeys.RsaPkcs8Pem },
            new OktaCiamHttpOptions(),
            "unused",
            new NoHttpClientFactory(),
            TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);

        authorization.ToString().Should().Contain(ClientId).And.NotContain("PRIVATE");
        authorization.TokenUrl.Should().Be(new Uri(TokenUrl));
    }

    private static string Jti(Dictionary<string, string> form) => new JsonWebToken(form["client_assertion"]).Id;

    private static OktaClientHarness CreateHarness(TokenEndpoint token, string? privateKey = null, string? keyId = null, Func<OktaStubRequest, HttpResponseMessage>? api = null) =>
        OktaClientHarness.Create(
            async (request, ct) => request.Uri.AbsolutePath == "/oauth2/v1/token"
                ? await token.RespondAsync(request, ct)
                : api?.Invoke(request) ?? OktaResponses.Json("""{"id":"00u1"}"""),
            o =>
            {
                o.ApiToken = null;
                o.OAuth = new OktaOAuthOptions
                {
                    ClientId = ClientId,
                    PrivateKey = privateKey ?? OktaTestKeys.RsaPkcs8Pem,
                    KeyId = keyId,
                    Scopes = ["okta.users.read", "okta.groups.manage"],
                };
            });

    private sealed class TokenEndpoint
    {
        private int _issued;
        private int _started;

        public List<Dictionary<string, string>> Forms { get; } = [];

        public Task Gate { get; init; } = Task.CompletedTask;

        public HttpStatusCode? FailFirst { get; init; }

        public (HttpStatusCode Status, string Error)? Refuse { get; init; }

        public string TokenType { get; init; } = "Bearer";

        public int Started => Volatile.Read(ref _started);

        public async Task<HttpResponseMessage> RespondAsync(OktaStubRequest request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _started);
            await Gate.WaitAsync(cancellationToken);
            var parsed = HttpUtility.ParseQueryString(request.Body!);
            lock (Forms)
            {
                Forms.Add(parsed.AllKeys.ToDictionary(k => k!, k => parsed[k]!));
                if (FailFirst is { } fail && Forms.Count == 1)
                {
                    return OktaResponses.Error(fail, "E0000009");
                }
            }

            if (Refuse is { } refuse)
            {
                return OktaResponses.Json($$"""{"error":"{{refuse.Error}}","error_description":"The client assertion is invalid."}""", refuse.Status);
            }

            var n = Interlocked.Increment(ref _issued);
            return OktaResponses.Json($$"""{"token_type":"{{TokenType}}","expires_in":3600,"access_token":"at-{{n}}","scope":"okta.users.read okta.groups.manage"}""");
        }
    }

    private sealed class NoHttpClientFactory : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => throw new InvalidOperationException("Not used.");
    }
}
