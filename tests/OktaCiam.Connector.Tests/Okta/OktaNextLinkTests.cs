namespace OktaCiam.Connector.Tests.Okta;

public sealed class OktaNextLinkTests
{
    [Theory]
    [InlineData("https://acme.okta.com/api/v1/users?after=1&limit=2", "/api/v1/users?after=1&limit=2", "acme.okta.com")]
    [InlineData("https://acme-admin.okta.com/api/v1/users?after=1", "/api/v1/users?after=1", "acme-admin.okta.com")]
    [InlineData("https://{yourOktaDomain}/api/v1/users?after=1", "/api/v1/users?after=1", "{yourOktaDomain}")]
    [InlineData("https://evil.example.net:444/api/v1/users?after=1#frag", "/api/v1/users?after=1", "evil.example.net:444")]
    [InlineData("/api/v1/users?after=1", "/api/v1/users?after=1", null)]
    [InlineData("/api/v1/users/?after=1", "/api/v1/users/?after=1", null)]
    public void ToPathAndQuery_LinkOnTheSameEndpoint_KeepsPathAndQueryOnly(string href, string expected, string? host)
    {
        OktaNextLink.ToPathAndQuery(href, "/api/v1/users", out var otherHost).Should().Be(expected);
        otherHost.Should().Be(host);
    }

    [Theory]
    [InlineData("https://acme.okta.com/api/v1/groups?after=1")]
    [InlineData("https://acme.okta.com/oauth2/v1/token")]
    [InlineData("//evil.example.net/api/v1/users?after=1")]
    [InlineData("api/v1/users?after=1")]
    [InlineData("ftp:/x")]
    [InlineData("https://acme.okta.com/api/v1/users/../groups")]
    [InlineData("https://acme.okta.com/api/v1/users/%2E%2E/groups")]
    [InlineData("https://acme.okta.com/api/v1/users\\..\\x")]
    [InlineData("  ")]
    public void ToPathAndQuery_LinkElsewhere_IsRejected(string href) =>
        OktaNextLink.ToPathAndQuery(href, "/api/v1/users", out _).Should().BeNull();

    [Theory]
    [InlineData("/api/v1/users", true)]
    [InlineData("/api/v1/users/a%23b%2Fc", true)]
    [InlineData("/api/v1/users?search=a%20b", true)]
    [InlineData("/api/v2/users", false)]
    [InlineData("/api/v1/users/..", false)]
    [InlineData("/api/v1/users/%2e", false)]
    [InlineData("/api/v1/users?x=a b", false)]
    [InlineData("/api/v1/users#x", false)]
    [InlineData("https://acme.okta.com/api/v1/users", false)]
    public void IsSafePathAndQuery_Path_AcceptsOnlyApiPaths(string path, bool expected) =>
        OktaNextLink.IsSafePathAndQuery(path).Should().Be(expected);
}
