using Microsoft.IdentityModel.JsonWebTokens;

namespace OktaCiam.Connector.Tests.Okta;

public sealed class OktaClientAssertionTests
{
    private static readonly Uri TokenUrl = new("https://acme.okta.com/oauth2/v1/token");

    [Fact]
    public void Create_Always_SetsOktaClaimsFromTheGivenClock()
    {
        using var key = OktaSigningKey.Load(OktaTestKeys.EcJwk(), null);
        var now = new DateTimeOffset(2030, 3, 4, 5, 6, 7, TimeSpan.Zero);

        var jwt = new JsonWebToken(OktaClientAssertion.Create("0oaClient", TokenUrl, key, now));

        jwt.Issuer.Should().Be("0oaClient");
        jwt.Subject.Should().Be("0oaClient");
        jwt.Audiences.Should().Equal("https://acme.okta.com/oauth2/v1/token");
        jwt.IssuedAt.Should().Be(now.UtcDateTime);
        jwt.ValidFrom.Should().Be(now.UtcDateTime);
        jwt.ValidTo.Should().Be(now.UtcDateTime + OktaClientAssertion.Lifetime);
        OktaClientAssertion.Lifetime.Should().BeLessThanOrEqualTo(TimeSpan.FromHours(1));
    }

    [Fact]
    public void Create_TwiceAtTheSameInstant_UsesUniqueJwtIds()
    {
        using var key = OktaSigningKey.Load(OktaTestKeys.RsaPkcs8Pem, null);

        var ids = Enumerable.Range(0, 20).Select(_ => new JsonWebToken(OktaClientAssertion.Create("c", TokenUrl, key, DateTimeOffset.UnixEpoch)).Id).ToList();

        ids.Should().OnlyHaveUniqueItems().And.NotContainNulls();
    }
}
