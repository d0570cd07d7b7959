namespace OktaCiam.Connector.Tests.Configuration;

public class OktaOrgUrlTests
{
    [Theory]
    [InlineData("https://acme.okta.com", "https://acme.okta.com/")]
    [InlineData("https://acme.okta.com/", "https://acme.okta.com/")]
    [InlineData("acme.okta.com", "https://acme.okta.com/")]
    [InlineData("  ACME.oktapreview.com ", "https://acme.oktapreview.com/")]
    [InlineData("https://acme.okta-emea.com", "https://acme.okta-emea.com/")]
    [InlineData("https://login.example.com", "https://login.example.com/")]
    [InlineData("https://acme.okta-gov.com", "https://acme.okta-gov.com/")]
    [InlineData("http://127.0.0.1:5123", "http://127.0.0.1:5123/")]
    [InlineData("http://127.8.9.10:80", "http://127.8.9.10/")]
    [InlineData("http://localhost:8080/", "http://localhost:8080/")]
    [InlineData("http://[::1]:9000", "http://[::1]:9000/")]
    public void TryParse_AcceptedUrl_IsNormalised(string input, string expected)
    {
        OktaOrgUrl.TryParse(input, out var url, out var error).Should().BeTrue(error);

        url!.AbsoluteUri.Should().Be(expected);
    }

    [Theory]
    [InlineData(null, "*required*")]
    [InlineData("", "*required*")]
    [InlineData("https://{yourOktaDomain}", "*placeholder*")]
    [InlineData("{yourOktaDomain}", "*placeholder*")]
    [InlineData("https://acme-admin.okta.com", "*Admin Console host*https://acme.okta.com*")]
    [InlineData("https://acme.okta.com/api/v1", "*without a path*")]
    [InlineData("https://acme.okta.com/?x=1", "*without a path, query*")]
    [InlineData("https://acme.okta.com?", "*without a path, query*")]
    [InlineData("https://acme.okta.com/#frag", "*fragment*")]
    [InlineData("https://user:secret@acme.okta.com", "*user info*")]
    [InlineData("http://acme.okta.com", "*https://*loopback*")]
    [InlineData("http://10.0.0.5", "*https://*loopback*")]
    [InlineData("https://10.0.0.5", "*IP address*")]
    [InlineData("ftp://acme.okta.com", "*scheme 'ftp'*")]
    [InlineData("https://acme", "*fully qualified*")]
    [InlineData("https://acme.okta.com:8443", "*port*")]
    [InlineData("https://exa mple.com", "*not a valid URL*")]
    public void TryParse_RejectedUrl_SaysWhatToFix(string? input, string expectedMessage)
    {
        OktaOrgUrl.TryParse(input, out var url, out var error).Should().BeFalse();

        url.Should().BeNull();
        error.Should().Match(expectedMessage);
    }

    [Fact]
    public void TryParse_UserInfo_NeverEchoesThePassword()
    {
        OktaOrgUrl.TryParse("https://admin:hunter2@acme.okta.com", out _, out var error).Should().BeFalse();

        error.Should().NotContain("hunter2");
    }
}
