namespace OktaCiam.Connector.Tests;

public sealed class OktaCiamOptionsValidatorTests
{
    [Fact]
    public void Validate_OAuthWithUsablePrivateKey_Succeeds() =>
        Validate(OktaTestKeys.EcJwk()).Succeeded.Should().BeTrue();

    [Fact]
    public void Validate_OAuthWithUnusablePrivateKey_SaysWhatToFixWithoutTheKey()
    {
        var key = OktaTestKeys.Rsa.ExportSubjectPublicKeyInfoPem();

        var result = Validate(key);

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain("OAuth:PrivateKey").And.NotContain(key.Split('\n')[1]);
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(string privateKey) =>
        new OktaCiamOptionsValidator().Validate(null, new OktaCiamOptions
        {
            OrgUrl = "https://acme.okta.com",
            OAuth = new OktaOAuthOptions { ClientId = "0oa1", PrivateKey = privateKey },
            App = { Name = "Test" },
        });
}
