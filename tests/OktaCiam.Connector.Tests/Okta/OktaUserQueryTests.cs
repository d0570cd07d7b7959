namespace OktaCiam.Connector.Tests.Okta;

public sealed class OktaUserQueryTests
{
    [Fact]
    public void ToPathAndQuery_Defaults_AskForPagesOf200() =>
        new OktaUserQuery().ToPathAndQuery().Should().Be("/api/v1/users?limit=200");

    [Fact]
    public void ToPathAndQuery_AllParameters_AreEscaped() =>
        new OktaUserQuery { Search = "profile.opal_okta_ciam_managed eq true", Filter = "status eq \"ACTIVE\"", Limit = 50, After = "00u+/=" }
            .ToPathAndQuery().Should().Be("/api/v1/users?search=profile.opal_okta_ciam_managed%20eq%20true&filter=status%20eq%20%22ACTIVE%22&limit=50&after=00u%2B%2F%3D");

    [Fact]
    public void ToPathAndQuery_LimitAbove200_IsRefused() =>
        FluentActions.Invoking(() => new OktaUserQuery { Limit = 201 }.ToPathAndQuery()).Should().Throw<ArgumentOutOfRangeException>();
}
