using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OktaCiam.Connector.Testing.Tests.Emulator.Http;

public sealed class TokenEndpointTests : IAsyncLifetime
{
    private const string ClientId = "0oaServiceApp0001";

    // RSA key generation is slow on a busy machine: one pair of keys serves every test.
    private static readonly RSA s_rsa = RSA.Create(2048);
    private static readonly RSA s_otherRsa = RSA.Create(2048);
    private static readonly ECDsa s_ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2033, 3, 3, 12, 0, 0, TimeSpan.Zero));
    private OktaEmulator _okta = null!;

    public async Task InitializeAsync()
    {
        _okta = await EmulatorHarness.StartAsync(configure: o => o.TimeProvider = _clock);
        _okta.Org.RegisterServiceApp(ClientId, s_rsa, ["okta.users.read", "okta.groups.read", "okta.groups.manage"]);
        _okta.Org.RegisterServiceApp("0oaEcApp", s_ec, ["okta.users.read"]);
    }

    public async Task DisposeAsync() => await _okta.DisposeAsync();

    [Fact]
    public async Task Issue_ValidRs256Assertion_GivesABearerTokenLimitedToItsScopes()
    {
        using var client = new HttpClient { BaseAddress = _okta.BaseUrl };

        var (response, body) = await RequestTokenAsync(Assertion(), "okta.users.read okta.groups.read");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body!["access_token"]!.GetValue<string>());
        var (users, _) = await client.GetJsonAsync("/api/v1/users?limit=2");
        var (roles, rolesBody) = await client.GetJsonAsync("/api/v1/iam/roles");
        var (write, _) = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/groups/{_okta.Org.Fixtures["managed-group"]}/users/{_okta.Org.TokenOwnerId}");
        var (me, _) = await client.GetJsonAsync("/api/v1/users/me");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body["token_type"]!.GetValue<string>().Should().Be("Bearer");
        body["expires_in"]!.GetValue<int>().Should().Be(3600);
        body["scope"]!.GetValue<string>().Should().Be("okta.users.read okta.groups.read");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        users.StatusCode.Should().Be(HttpStatusCode.OK);
        roles.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        rolesBody.ErrorCode().Should().Be("E0000006");
        roles.Headers.WwwAuthenticate.ToString().Should().Contain("insufficient_scope").And.Contain("okta.roles.read");
        write.StatusCode.Should().Be(HttpStatusCode.Forbidden, "okta.groups.manage was granted but not requested");
        me.StatusCode.Should().Be(HttpStatusCode.NotFound, "a service app has no user");
    }

    [Fact]
    public async Task Issue_ValidEs256Assertion_GivesAToken()
    {
        var key = new ECDsaSecurityKey(s_ec) { KeyId = "ec1" };

        var (response, body) = await RequestTokenAsync(Assertion(key: key, algorithm: SecurityAlgorithms.EcdsaSha256, clientId: "0oaEcApp"), "okta.users.read");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body!["access_token"]!.GetValue<string>().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Issue_ManageScope_AlsoAllowsReads()
    {
        var (_, body) = await RequestTokenAsync(Assertion(), "okta.groups.manage");
        using var client = new HttpClient { BaseAddress = _okta.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body!["access_token"]!.GetValue<string>());

        var (read, _) = await client.GetJsonAsync("/api/v1/groups");
        var (write, _) = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/groups/{_okta.Org.Fixtures["customer-group"]}/users/{_okta.Org.TokenOwnerId}");

        read.StatusCode.Should().Be(HttpStatusCode.OK);
        write.StatusCode.Should().Be(HttpStatusCode.NoContent);
        _okta.Org.SystemLogEventTypes().Should().ContainSingle();
    }

    public static TheoryData<string, string> BadAssertions => new()
    {
        { "signature", "signature is invalid" },
        { "audience", "audience" },
        { "expired", "expired" },
        { "too-far", "too far" },
        { "no-jti", "jti" },
        { "sub", "sub" },
        { "unknown-client", "Client authentication failed" },
        { "hs256", "signature" },
    };

    [Theory]
    [MemberData(nameof(BadAssertions))]
    public async Task Issue_BadAssertion_Returns401InvalidClient(string defect, string message)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var assertion = defect switch
        {
            "signature" => Assertion(key: new RsaSecurityKey(s_otherRsa)),
            "audience" => Assertion(audience: "https://example.okta.com/oauth2/v1/token"),
            "expired" => Assertion(expires: now.AddMinutes(-5), issuedAt: now.AddMinutes(-20)),
            "too-far" => Assertion(expires: now.AddHours(2)),
            "no-jti" => Assertion(jti: null),
            "sub" => Assertion(subject: "someone-else"),
            "unknown-client" => Assertion(clientId: "0oaUnknown", subject: "0oaUnknown"),
            "hs256" => Assertion(key: new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), algorithm: SecurityAlgorithms.HmacSha256),
            _ => throw new ArgumentOutOfRangeException(nameof(defect)),
        };

        var (response, body) = await RequestTokenAsync(assertion, "okta.users.read");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        body!["error"]!.GetValue<string>().Should().Be("invalid_client");
        body["error_description"]!.GetValue<string>().Should().ContainEquivalentOf(message);
    }

    [Fact]
    public async Task Issue_ReusedJti_IsRefused()
    {
        var assertion = Assertion();

        var (first, _) = await RequestTokenAsync(assertion, "okta.users.read");
        var (second, body) = await RequestTokenAsync(assertion, "okta.users.read");

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        second.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        body!["error_description"]!.GetValue<string>().Should().Contain("already been used");
    }

    [Theory]
    [InlineData("okta.roles.manage", "invalid_scope")]
    [InlineData("", "invalid_scope")]
    public async Task Issue_ScopeNotGrantedOrMissing_Returns400(string scope, string error)
    {
        var (response, body) = await RequestTokenAsync(Assertion(), scope);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        body!["error"]!.GetValue<string>().Should().Be(error);
    }

    [Fact]
    public async Task Issue_WrongGrantType_Returns400()
    {
        using var client = new HttpClient { BaseAddress = _okta.BaseUrl };

        var response = await client.PostAsync("/oauth2/v1/token", new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "password" }));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        body!["error"]!.GetValue<string>().Should().Be("unsupported_grant_type");
    }

    [Fact]
    public async Task AccessToken_AfterItsLifetimeOnTheEmulatorClock_IsRejected()
    {
        var (_, body) = await RequestTokenAsync(Assertion(), "okta.users.read");
        using var client = new HttpClient { BaseAddress = _okta.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body!["access_token"]!.GetValue<string>());

        _clock.Advance(TimeSpan.FromMinutes(59));
        var (before, _) = await client.GetJsonAsync("/api/v1/users?limit=1");
        _clock.Advance(TimeSpan.FromMinutes(1));
        var (after, afterBody) = await client.GetJsonAsync("/api/v1/users?limit=1");

        before.StatusCode.Should().Be(HttpStatusCode.OK);
        after.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        afterBody.ErrorCode().Should().Be("E0000011");
        after.Headers.WwwAuthenticate.ToString().Should().Contain("invalid_token");
    }

    [Fact]
    public async Task RevokeAccessTokens_MakesIssuedTokensFail()
    {
        var (_, body) = await RequestTokenAsync(Assertion(), "okta.users.read");
        using var client = new HttpClient { BaseAddress = _okta.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body!["access_token"]!.GetValue<string>());

        _okta.RevokeAccessTokens();
        var (response, _) = await client.GetJsonAsync("/api/v1/users?limit=1");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Issue_Request_IsLoggedWithoutAssertionOrToken()
    {
        var assertion = Assertion();

        var (_, body) = await RequestTokenAsync(assertion, "okta.users.read");

        var logged = _okta.Requests.Should().ContainSingle().Subject;
        logged.IsWrite.Should().BeFalse();
        logged.Body.Should().BeNull();
        logged.ToString().Should().NotContain(assertion[..20]).And.NotContain(body!["access_token"]!.GetValue<string>());
    }

    private async Task<(HttpResponseMessage Response, JsonNode? Body)> RequestTokenAsync(string assertion, string scope)
    {
        using var client = new HttpClient { BaseAddress = _okta.BaseUrl };
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["scope"] = scope,
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = assertion,
        };
        var response = await client.PostAsync(_okta.TokenUrl, new FormUrlEncodedContent(form));
        return (response, JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }

    private string Assertion(
        SecurityKey? key = null,
        string algorithm = SecurityAlgorithms.RsaSha256,
        string clientId = ClientId,
        string? subject = null,
        string? audience = null,
        DateTime? expires = null,
        DateTime? issuedAt = null,
        string? jti = "set")
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object> { ["sub"] = subject ?? clientId };
        if (jti is not null)
        {
            claims["jti"] = Guid.NewGuid().ToString();
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = clientId,
            Audience = audience ?? _okta.TokenUrl.ToString(),
            Claims = claims,
            IssuedAt = issuedAt ?? now,
            NotBefore = issuedAt ?? now,
            Expires = expires ?? now.AddMinutes(5),
            SigningCredentials = new SigningCredentials(key ?? new RsaSecurityKey(s_rsa) { KeyId = "rsa1" }, algorithm),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
