using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace OktaCiam.Connector.Tests.Configuration;

public sealed class OktaCiamReadOptionsTests
{
    [Fact]
    public void Defaults_AreDocumentedValuesAndValid()
    {
        var read = new OktaCiamReadOptions();

        read.Mode.Should().Be(OktaCiamReadMode.Search);
        read.TrustSearchIndex.Should().BeFalse();
        read.UserAttributes.Should().BeEmpty();
        read.Groups.Should().BeEmpty();
        read.MaxConcurrency.Should().Be(8);
        read.RecentChangesWindow.Should().Be(TimeSpan.FromMinutes(5));
        read.CacheDuration.Should().Be(TimeSpan.FromMinutes(1));
        OktaCiamReadOptions.DefaultUserAttributes.Should().Contain(["login", "email", "firstName", "lastName", "title", "department", "manager"]);
        Validate(_ => { }).Succeeded.Should().BeTrue();
    }

    public static TheoryData<string, Action<OktaCiamReadOptions>> Invalid => new()
    {
        { "MaxConcurrency", r => r.MaxConcurrency = 0 },
        { "MaxConcurrency", r => r.MaxConcurrency = 65 },
        { "RecentChangesWindow", r => r.RecentChangesWindow = TimeSpan.FromSeconds(-1) },
        { "RecentChangesWindow", r => r.RecentChangesWindow = TimeSpan.FromDays(2) },
        { "CacheDuration", r => r.CacheDuration = TimeSpan.FromSeconds(-1) },
        { "CacheDuration", r => r.CacheDuration = TimeSpan.FromHours(2) },
        { "Read:Mode", r => r.Mode = (OktaCiamReadMode)7 },
        { "Read:UserAttributes[1] 'profile.title'", r => r.UserAttributes = ["login", "profile.title"] },
        { "Read:UserAttributes[0] is empty", r => r.UserAttributes = [" "] },
        { "'*' alone", r => r.UserAttributes = ["*", "login"] },
        { "Read:Groups[0] is empty", r => r.Groups = [""] },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_InvalidSetting_NamesIt(string expected, Action<OktaCiamReadOptions> change)
    {
        var result = Validate(change);

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain(expected);
    }

    [Fact]
    public void Validate_AllAttributesAlone_IsValid() =>
        Validate(r => r.UserAttributes = ["*"]).Succeeded.Should().BeTrue();

    [Fact]
    public void Bind_FromConfiguration_ReplacesDefaultsRatherThanAppending()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OktaCiam:OrgUrl"] = "https://acme.okta.com",
            ["OktaCiam:ApiToken"] = "t",
            ["OktaCiam:App:Name"] = "Test",
            ["OktaCiam:Read:Mode"] = "FullScan",
            ["OktaCiam:Read:UserAttributes:0"] = "login",
            ["OktaCiam:Read:Groups:0"] = "Admins",
            ["OktaCiam:Read:CacheDuration"] = "00:00:30",
        }).Build();
        var services = new ServiceCollection();
        services.AddOktaCiamConnector(configuration.GetSection("OktaCiam"));

        using var provider = services.BuildServiceProvider();
        var read = provider.GetRequiredService<IOptionsMonitor<OktaCiamOptions>>().Get(Options.DefaultName).Read;

        read.Mode.Should().Be(OktaCiamReadMode.FullScan);
        read.UserAttributes.Should().Equal("login");
        read.Groups.Should().Equal("Admins");
        read.CacheDuration.Should().Be(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void ToString_OfOptions_IsUnchangedAndReadSettingsDescribeThemselves()
    {
        var options = new OktaCiamOptions { OrgUrl = "https://acme.okta.com", ApiToken = "t0ken", App = { Name = "Test" }, Read = { Groups = ["Admins"] } };

        options.ToString().Should().Be("OktaCiamOptions { OrgUrl = https://acme.okta.com, Auth = ApiToken, ManagedAttribute = opal_okta_ciam_managed, App = Test }");
        options.Read.ToString().Should().Contain("Mode = Search").And.Contain("Groups = 1").And.NotContain("Admins");
    }

    private static ValidateOptionsResult Validate(Action<OktaCiamReadOptions> change)
    {
        var options = new OktaCiamOptions { OrgUrl = "https://acme.okta.com", ApiToken = "t", App = { Name = "Test" } };
        change(options.Read);
        var data = new OktaCiamOptionsDataValidator().Validate(Options.DefaultName, options);
        var rules = new OktaCiamOptionsValidator().Validate(Options.DefaultName, options);
        return data.Failed ? data : rules;
    }
}
