namespace OktaCiam.Connector.Tests.Okta;

public sealed class OktaGroupQueryTests
{
    [Fact]
    public void ToPathAndQuery_SearchAndCursor_AreEscaped() =>
        new OktaGroupQuery { Search = "type eq \"OKTA_GROUP\" and profile.opal_okta_ciam_managed eq true", After = "00g1" }
            .ToPathAndQuery().Should().Be("/api/v1/groups?search=type%20eq%20%22OKTA_GROUP%22%20and%20profile.opal_okta_ciam_managed%20eq%20true&limit=200&after=00g1");
}
