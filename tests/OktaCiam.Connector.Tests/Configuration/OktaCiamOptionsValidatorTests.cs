using Microsoft.Extensions.Options;
using OktaCiam.Connector.Tests.Okta;

namespace OktaCiam.Connector.Tests.Configuration;

public class OktaCiamOptionsValidatorTests
{
    private const string Token = "00aSecretTokenValue_DoNotLeak";

    [Fact]
    public void Validate_ValidTokenOptions_Succeeds()
    {
        Validate(CreateValid()).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Validate_ValidOAuthOptions_Succeeds()
    {
        var options = CreateValid();
        options.ApiToken = null;
        options.OAuth = new OktaOAuthOptions { ClientId = "0oa1", PrivateKey = OktaTestKeys.EcJwk() };

        Validate(options).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Validate_OAuthWithUnusablePrivateKey_SaysWhatToFixWithoutTheKey()
    {
        var key = OktaTestKeys.Rsa.ExportSubjectPublicKeyInfoPem();
        var options = CreateValid();
        options.ApiToken = null;
        options.OAuth = new OktaOAuthOptions { ClientId = "0oa1", PrivateKey = key };

        var result = ShouldFailWith(options, "*OAuth:PrivateKey holds no private key*");
        result.FailureMessage.Should().NotContain(key.Split('\n')[1]);
    }

    [Fact]
    public void Validate_MissingOrgUrl_SaysItIsRequired()
    {
        var options = CreateValid();
        options.OrgUrl = null;

        ShouldFailWith(options, "*OrgUrl is required*");
    }

    [Fact]
    public void Validate_AdminHost_SaysWhichHostToUse()
    {
        var options = CreateValid();
        options.OrgUrl = "https://acme-admin.okta.com";

        ShouldFailWith(options, "*Admin Console host*https://acme.okta.com*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("1managed")]
    [InlineData("_managed")]
    [InlineData("managed-flag")]
    [InlineData("managed flag")]
    [InlineData("managed\" or true")]
    [InlineData("profile.managed")]
    [InlineData("mañaged")]
    public void Validate_InvalidAttributeName_Fails(string attribute)
    {
        var options = CreateValid();
        options.ManagedAttribute = attribute;

        ShouldFailWith(options, "*ManagedAttribute*");
    }

    [Fact]
    public void Validate_AttributeNameTooLong_Fails()
    {
        var options = CreateValid();
        options.ManagedAttribute = "a" + new string('b', 100);

        ShouldFailWith(options, "*ManagedAttribute is longer than 100*");
    }

    [Theory]
    [InlineData("opal_okta_ciam_managed")]
    [InlineData("Managed2")]
    [InlineData("x")]
    public void Validate_ValidAttributeName_Succeeds(string attribute)
    {
        var options = CreateValid();
        options.ManagedAttribute = attribute;

        Validate(options).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Validate_NoAuthMethod_SaysToConfigureOne()
    {
        var options = CreateValid();
        options.ApiToken = null;

        ShouldFailWith(options, "*No authentication method*ApiToken*OAuth*");
    }

    [Fact]
    public void Validate_BothAuthMethods_FailsWithoutLeakingTheToken()
    {
        var options = CreateValid();
        options.OAuth = new OktaOAuthOptions { ClientId = "0oa1", PrivateKey = "KEY-MATERIAL" };

        var result = ShouldFailWith(options, "*exactly one authentication method*");
        result.FailureMessage.Should().NotContain(Token).And.NotContain("KEY-MATERIAL");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_BlankToken_SaysItIsEmpty(string token)
    {
        var options = CreateValid();
        options.ApiToken = token;

        ShouldFailWith(options, "*ApiToken is empty*");
    }

    [Theory]
    [InlineData("SSWS " + Token)]
    [InlineData(Token + "\n")]
    public void Validate_TokenWithPrefixOrWhitespace_FailsWithoutEchoingIt(string token)
    {
        var options = CreateValid();
        options.ApiToken = token;

        var result = ShouldFailWith(options, "*bare token*");
        result.FailureMessage.Should().NotContain(Token);
    }

    [Fact]
    public void Validate_OAuthWithoutClientIdOrKey_NamesBoth()
    {
        var options = CreateValid();
        options.ApiToken = null;
        options.OAuth = new OktaOAuthOptions();

        var result = Validate(options);

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain("OAuth:ClientId is required").And.Contain("OAuth:PrivateKey is required");
    }

    [Fact]
    public void Validate_OAuthInvalidScope_Fails()
    {
        var options = CreateValid();
        options.ApiToken = null;
        options.OAuth = new OktaOAuthOptions { ClientId = "0oa1", PrivateKey = "k", Scopes = ["okta.users.read okta.groups.read"] };

        ShouldFailWith(options, "*invalid scope*");
    }

    [Fact]
    public void Validate_OAuthNoScopes_Fails()
    {
        var options = CreateValid();
        options.ApiToken = null;
        options.OAuth = new OktaOAuthOptions { ClientId = "0oa1", PrivateKey = "k", Scopes = [] };

        ShouldFailWith(options, "*Scopes is empty*");
    }

    [Fact]
    public void Validate_MissingAppName_SaysItIsRequired()
    {
        var options = CreateValid();
        options.App.Name = null;

        ShouldFailWith(options, "*App:Name is required*");
    }

    [Fact]
    public void Validate_BlankVisibilityGroup_Fails()
    {
        var options = CreateValid();
        options.App.VisibleToGroupIds = ["00g1", ""];

        ShouldFailWith(options, "*VisibleToGroupIds[1] is empty*");
    }

    [Fact]
    public void ToString_NeverContainsSecrets()
    {
        var options = CreateValid();
        options.OAuth = new OktaOAuthOptions { ClientId = "0oa1", PrivateKey = "KEY-MATERIAL" };

        options.ToString().Should().Contain("acme.okta.com").And.NotContain(Token);
        options.OAuth.ToString().Should().Contain("0oa1").And.NotContain("KEY-MATERIAL");
    }

    internal static OktaCiamOptions CreateValid() => new()
    {
        OrgUrl = "https://acme.okta.com",
        ApiToken = Token,
        App = { Name = "Okta CIAM (test)" },
    };

    private static ValidateOptionsResult Validate(OktaCiamOptions options)
    {
        var results = new IValidateOptions<OktaCiamOptions>[] { new OktaCiamOptionsValidator(), new OktaCiamOptionsDataValidator() }
            .Select(v => v.Validate(Options.DefaultName, options))
            .Where(r => r.Failed)
            .ToList();
        return results.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(results.SelectMany(r => r.Failures!));
    }

    private static ValidateOptionsResult ShouldFailWith(OktaCiamOptions options, string pattern)
    {
        var result = Validate(options);
        result.Failed.Should().BeTrue();
        var regex = "^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal) + "$";
        result.Failures.Should().Contain(f => System.Text.RegularExpressions.Regex.IsMatch(f, regex, System.Text.RegularExpressions.RegexOptions.Singleline), $"a failure should match {pattern}");
        return result;
    }
}
