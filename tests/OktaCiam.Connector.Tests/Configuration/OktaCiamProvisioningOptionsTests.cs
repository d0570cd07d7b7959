using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace OktaCiam.Connector.Tests.Configuration;

public sealed class OktaCiamProvisioningOptionsTests
{
    private static ValidateOptionsResult Validate(Action<OktaCiamProvisioningOptions> configure)
    {
        var options = new OktaCiamOptions { OrgUrl = "https://acme.okta.com", ApiToken = "00aToken", App = { Name = "Okta" } };
        configure(options.Provisioning);
        return new OktaCiamOptionsValidator().Validate(null, options);
    }

    [Fact]
    public void Defaults_LeaveOutSuperAdminAndOrgAdminAndDeletion()
    {
        var options = new OktaCiamProvisioningOptions();

        options.GetEffectiveAllowedRoleTypes().Should().NotContain(["SUPER_ADMIN", "ORG_ADMIN"]).And.Contain(["HELP_DESK_ADMIN", "GROUP_MEMBERSHIP_ADMIN"]);
        options.AllowCustomRoles.Should().BeTrue();
        options.AllowDelete.Should().BeFalse();
        Validate(_ => { }).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Validate_ExplicitList_ReplacesTheDefault()
    {
        var options = new OktaCiamProvisioningOptions { AllowedRoleTypes = ["SUPER_ADMIN"] };

        options.GetEffectiveAllowedRoleTypes().Should().Equal("SUPER_ADMIN");
        Validate(o => o.AllowedRoleTypes = ["SUPER_ADMIN"]).Succeeded.Should().BeTrue();
    }

    [Theory]
    [InlineData("help_desk_admin", "*AllowedRoleTypes[0] 'help_desk_admin' is not an Okta role type*")]
    [InlineData(" ", "*AllowedRoleTypes[0] is empty*")]
    [InlineData("CUSTOM", "*AllowCustomRoles*")]
    public void Validate_BadRoleType_SaysWhatToFix(string type, string message)
    {
        var result = Validate(o => o.AllowedRoleTypes = [type]);

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Match(message);
    }

    [Fact]
    public void Bind_FromConfiguration_ReplacesTheListAndSwitches()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OrgUrl"] = "https://acme.okta.com",
            ["ApiToken"] = "00aToken",
            ["App:Name"] = "Okta",
            ["Provisioning:AllowedRoleTypes:0"] = "HELP_DESK_ADMIN",
            ["Provisioning:AllowDelete"] = "true",
            ["Provisioning:AllowCustomRoles"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddOktaCiamConnector(configuration);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<OktaCiamOptions>>().Get(Options.DefaultName).Provisioning;

        options.GetEffectiveAllowedRoleTypes().Should().Equal("HELP_DESK_ADMIN");
        options.AllowDelete.Should().BeTrue();
        options.AllowCustomRoles.Should().BeFalse();
    }
}
