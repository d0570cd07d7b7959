using System.Security.Cryptography;
using OktaCiam.Connector.Abstractions;
using OktaCiam.Connector.Testing;

namespace OktaCiam.Connector.Tests.Okta.Integration;

/// <summary>OAuth service-app authentication against the emulator's token endpoint, which verifies the client assertion's signature and claims.</summary>
public sealed class OktaClientOAuthEmulatorTests : IClassFixture<OAuthEmulatorFixture>
{
    private const string TokenPath = "/oauth2/v1/token";
    private readonly OAuthEmulatorFixture _fixture;

    public OktaClientOAuthEmulatorTests(OAuthEmulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Reset();
    }

    public static TheoryData<string, string> Keys => new()
    {
        { OAuthEmulatorFixture.RsaClientId, OktaTestKeys.RsaPkcs8Pem },
        { OAuthEmulatorFixture.RsaClientId, OktaTestKeys.RsaJwk() },
        { OAuthEmulatorFixture.EcClientId, OktaTestKeys.EcSec1Pem },
        { OAuthEmulatorFixture.EcClientId, OktaTestKeys.EcJwk() },
    };

    private OktaEmulator Emulator => _fixture.Emulator;

    private string GroupId => Emulator.Org.Fixtures["managed-group"];

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task AnyEndpoint_ServiceAppKey_MintsOneTokenTheEmulatorAcceptsAndReusesIt(string clientId, string privateKey)
    {
        await using var okta = Client(clientId, privateKey);

        (await okta.Client.GetGroupAsync(GroupId)).Should().NotBeNull();
        (await okta.Client.ListUsersAsync(new OktaUserQuery { Limit = 5 }, OktaJsonReaders.Users)).Items.Should().HaveCount(5);
        (await okta.Client.ListCustomRolesAsync().ToListAsync()).Should().NotBeEmpty();
        await okta.Client.GetUserSchemaAsync();
        await okta.Client.ListGroupRolesAsync(GroupId);

        Emulator.Requests.Should().HaveCount(6);
        Emulator.Requests[0].PathAndQuery.Should().Be(TokenPath);
        Emulator.Requests.Should().OnlyContain(r => r.StatusCode == 200);
        okta.Stats.TokenRequests.Should().Be(1);
    }

    [Fact]
    public async Task GetUserAsync_ManyAtOnceWithoutAToken_ShareOneTokenRequest()
    {
        await using var okta = Client();
        var ids = Emulator.Org.ManagedUserIds().Take(10).ToList();

        var users = await Task.WhenAll(ids.Select(id => okta.Client.GetUserAsync(id))).Within();

        users.Should().OnlyContain(u => u != null);
        Emulator.Requests.Count(r => r.PathAndQuery == TokenPath).Should().Be(1);
    }

    [Theory]
    [InlineData(56)]
    [InlineData(120)]
    public async Task GetGroupAsync_TokenNearOrPastExpiry_UsesAFreshTokenWithoutA401(int minutesLater)
    {
        await using var okta = Client();
        await okta.Client.GetGroupAsync(GroupId);

        _fixture.Time.Advance(TimeSpan.FromMinutes(minutesLater));
        await okta.Client.GetGroupAsync(GroupId).Within();

        Emulator.Requests.Select(r => (r.PathAndQuery == TokenPath, r.StatusCode)).Should().Equal((true, 200), (false, 200), (true, 200), (false, 200));
    }

    [Fact]
    public async Task GetGroupAsync_TokenStillFresh_ReusesIt()
    {
        await using var okta = Client();
        await okta.Client.GetGroupAsync(GroupId);

        _fixture.Time.Advance(TimeSpan.FromMinutes(50));
        await okta.Client.GetGroupAsync(GroupId).Within();

        Emulator.Requests.Count(r => r.PathAndQuery == TokenPath).Should().Be(1);
    }

    [Fact]
    public async Task GetGroupAsync_TokenRevoked_RefreshesOnceAndResends()
    {
        await using var okta = Client();
        await okta.Client.GetGroupAsync(GroupId);
        Emulator.ClearRequests();

        Emulator.RevokeAccessTokens();
        var group = await okta.Client.GetGroupAsync(GroupId).Within();

        group.Should().NotBeNull();
        Emulator.Requests.Select(r => (r.PathAndQuery == TokenPath, r.StatusCode)).Should().Equal((false, 401), (true, 200), (false, 200));
    }

    [Fact]
    public async Task GetGroupAsync_FreshTokenAlsoRejected_FailsUnauthenticatedAfterOneRefresh()
    {
        Emulator.Faults.Add(EmulatorFault.ErrorResponse(401, "E0000011", "Invalid token provided"), "GET", "/api/v1/groups/*", times: int.MaxValue);
        await using var okta = Client();

        var act = () => okta.Client.GetGroupAsync(GroupId).Within();

        var error = (await act.Should().ThrowAsync<ConnectorUnauthenticatedException>()).Which;
        error.ErrorCode.Should().Be("E0000011");
        Emulator.Requests.Select(r => (r.PathAndQuery == TokenPath, r.StatusCode)).Should().Equal((true, 200), (false, 401), (true, 200), (false, 401));
        NoSecretIn(okta, error);
    }

    [Fact]
    public async Task GetGroupAsync_ScopeNotRequested_IsPermissionDeniedWithoutRefreshing()
    {
        await using var okta = Client(scopes: ["okta.users.read"]);
        (await okta.Client.GetUserAsync(Emulator.Org.ManagedUserIds()[0])).Should().NotBeNull();

        var act = () => okta.Client.GetGroupAsync(GroupId).Within();

        var error = (await act.Should().ThrowAsync<ConnectorPermissionDeniedException>()).Which;
        error.StatusCode.Should().Be(403);
        Emulator.Requests.Count(r => r.PathAndQuery == TokenPath).Should().Be(1);
        NoSecretIn(okta, error);
    }

    [Fact]
    public async Task GetUserAsync_ScopeNotGrantedToTheApp_IsPermissionDeniedAtTheTokenEndpoint()
    {
        await using var okta = Client(OAuthEmulatorFixture.UsersOnlyClientId);

        var act = () => okta.Client.GetUserAsync(Emulator.Org.ManagedUserIds()[0]).Within();

        var error = (await act.Should().ThrowAsync<ConnectorPermissionDeniedException>()).Which;
        error.ErrorCode.Should().Be("invalid_scope");
        Emulator.Requests.Should().ContainSingle().Which.PathAndQuery.Should().Be(TokenPath);
        NoSecretIn(okta, error);
    }

    [Fact]
    public async Task GetUserAsync_KeyNotRegisteredForTheApp_IsUnauthenticated()
    {
        using var other = RSA.Create(2048);
        var otherKey = other.ExportPkcs8PrivateKeyPem();
        await using var okta = Client(privateKey: otherKey);

        var act = () => okta.Client.GetUserAsync(Emulator.Org.ManagedUserIds()[0]).Within();

        var error = (await act.Should().ThrowAsync<ConnectorUnauthenticatedException>()).Which;
        error.ErrorCode.Should().Be("invalid_client");
        Emulator.Requests.Should().ContainSingle().Which.StatusCode.Should().Be(401);
        foreach (var text in new[] { error.Message, error.ToString(), okta.AllLogText() })
        {
            text.Should().NotContain("PRIVATE KEY").And.NotContain(otherKey.Split('\n')[1]);
        }
    }

    private EmulatorClient Client(string clientId = OAuthEmulatorFixture.RsaClientId, string? privateKey = null, IList<string>? scopes = null) =>
        _fixture.CreateClient(o =>
        {
            o.ApiToken = null;
            o.OAuth = new OktaOAuthOptions { ClientId = clientId, PrivateKey = privateKey ?? OktaTestKeys.RsaPkcs8Pem };
            if (scopes is not null)
            {
                o.OAuth.Scopes = scopes;
            }
        });

    private static void NoSecretIn(EmulatorClient okta, Exception error)
    {
        foreach (var text in new[] { error.Message, error.ToString(), okta.AllLogText() })
        {
            // The emulator's access tokens start with "eyJ"; client assertions are JWTs too.
            text.Should().NotContain("eyJ").And.NotContain("PRIVATE KEY").And.NotContain("Bearer ");
        }
    }
}
