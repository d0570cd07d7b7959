namespace OktaCiam.Connector.Tests.Okta;

public sealed class OktaLinkHeaderTests
{
    [Theory]
    [InlineData("<https://a.okta.com/api/v1/users?after=1>; rel=\"next\"", "https://a.okta.com/api/v1/users?after=1")]
    [InlineData("<https://a.okta.com/api/v1/users?limit=2>; rel=\"self\", <https://a.okta.com/api/v1/users?after=2>; rel=\"next\"", "https://a.okta.com/api/v1/users?after=2")]
    [InlineData("<https://a.okta.com/x?after=3>;rel=next", "https://a.okta.com/x?after=3")]
    [InlineData("<https://a.okta.com/x?after=4> ; REL = \"prev next\"", "https://a.okta.com/x?after=4")]
    [InlineData("<https://a.okta.com/x?q=a,b>; title=\"a, b; c\"; rel=\"next\"", "https://a.okta.com/x?q=a,b")]
    [InlineData("<https://a.okta.com/x>; rel=\"self\"", null)]
    [InlineData("<https://a.okta.com/x>; rel=\"nextpage\"", null)]
    [InlineData("https://a.okta.com/x; rel=\"next\"", null)]
    [InlineData("<https://a.okta.com/x; rel=\"next\"", null)]
    [InlineData("", null)]
    public void FindNext_Value_FindsOnlyTheNextRelation(string value, string? expected) =>
        OktaLinkHeader.FindNext(value).Should().Be(expected);

    [Fact]
    public void FindNext_SeveralHeaders_FindsTheNextOne()
    {
        using var response = new HttpResponseMessage();
        response.Headers.TryAddWithoutValidation("Link", "<https://a.okta.com/api/v1/users?limit=2>; rel=\"self\"");
        response.Headers.TryAddWithoutValidation("Link", "<https://a.okta.com/api/v1/users?after=9>; rel=\"next\"");

        OktaLinkHeader.FindNext(response.Headers).Should().Be("https://a.okta.com/api/v1/users?after=9");
    }

    [Fact]
    public void FindNext_NoHeader_IsNull()
    {
        using var response = new HttpResponseMessage();

        OktaLinkHeader.FindNext(response.Headers).Should().BeNull();
    }
}
