using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OktaCiam.Connector.Abstractions;
using OktaCiam.Connector.Tests.Configuration;

namespace OktaCiam.Connector.Tests.Hosting;

public class OktaCiamServiceCollectionExtensionsTests
{
    [Fact]
    public void AddOktaCiamConnector_Delegate_ResolvesConnectorWithDescriptor()
    {
        using var provider = CreateServices(s => s.AddOktaCiamConnector(Configure)).BuildServiceProvider(validateScopes: true);

        var connector = provider.GetRequiredService<IConnector>();

        connector.Descriptor.Id.Should().Be("okta-ciam");
        connector.Descriptor.App.Name.Should().Be("Okta CIAM (test)");
        connector.Descriptor.FindKind("admin-role")!.Supports(ConnectorOperations.Grant | ConnectorOperations.Revoke).Should().BeTrue();
        connector.Descriptor.FindKind("group")!.Supports(ConnectorOperations.CarryResources).Should().BeTrue();
        connector.Descriptor.FindKind("user")!.Supports(ConnectorOperations.Deprovision).Should().BeTrue();
        provider.GetRequiredKeyedService<IConnector>(Options.DefaultName).Should().BeSameAs(connector);
    }

    [Fact]
    public void AddOktaCiamConnector_Twice_IsHarmless()
    {
        var services = CreateServices(s =>
        {
            s.AddOktaCiamConnector(Configure);
            s.AddOktaCiamConnector(Configure);
        });
        var countAfterTwo = services.Count;
        services.AddOktaCiamConnector(Configure);

        using var provider = services.BuildServiceProvider();

        provider.GetServices<IConnector>().Should().ContainSingle();
        provider.GetServices<IValidateOptions<OktaCiamOptions>>().Should().HaveCount(2);
        services.Count.Should().Be(countAfterTwo + 1, "only the configure delegate itself is added again");
    }

    [Fact]
    public void AddOktaCiamConnector_NamedInstances_AreIndependent()
    {
        using var provider = CreateServices(s =>
        {
            s.AddOktaCiamConnector("us", o =>
            {
                Configure(o);
                o.App.Name = "US org";
            });
            s.AddOktaCiamConnector("eu", o =>
            {
                Configure(o);
                o.OrgUrl = "https://acme.okta-emea.com";
                o.App.Name = "EU org";
            });
        }).BuildServiceProvider();

        provider.GetRequiredKeyedService<IConnector>("us").Descriptor.App.Name.Should().Be("US org");
        provider.GetRequiredKeyedService<IConnector>("eu").Descriptor.App.Name.Should().Be("EU org");
        provider.GetService<IConnector>().Should().BeNull("no default instance was registered");
    }

    [Fact]
    public void AddOktaCiamConnector_ConfigurationSection_BindsOptions()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OktaCiam:OrgUrl"] = "acme.okta.com",
            ["OktaCiam:ApiToken"] = "token-from-config",
            ["OktaCiam:ManagedAttribute"] = "workforce_managed",
            ["OktaCiam:App:Name"] = "From config",
            ["OktaCiam:App:VisibleToGroupIds:0"] = "00g-eng",
        }).Build();

        using var provider = CreateServices(s => s.AddOktaCiamConnector(configuration.GetSection("OktaCiam"))).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<OktaCiamOptions>>().Get(Options.DefaultName);
        options.ManagedAttribute.Should().Be("workforce_managed");
        var connector = provider.GetRequiredService<IConnector>();
        connector.Descriptor.App.Name.Should().Be("From config");
        connector.Descriptor.App.Visibility.GroupIds.Should().Equal("00g-eng");
    }

    [Fact]
    public void AddOktaCiamConnector_InvalidOptions_FailsWithEveryProblemAndNoSecret()
    {
        using var provider = CreateServices(s => s.AddOktaCiamConnector(o =>
        {
            o.OrgUrl = "http://acme.okta.com";
            o.ApiToken = "SSWS very-secret-token";
            o.ManagedAttribute = "bad name";
        })).BuildServiceProvider();

        var act = () => provider.GetRequiredService<IConnector>();

        var error = act.Should().Throw<OptionsValidationException>().Which;
        error.Message.Should().Contain("https://").And.Contain("ManagedAttribute").And.Contain("App:Name is required").And.Contain("bare token");
        error.Message.Should().NotContain("very-secret-token");
    }

    [Fact]
    public async Task AddOktaCiamConnector_InvalidOptions_FailHostStartup()
    {
        var services = CreateServices(s => s.AddOktaCiamConnector(o => o.OrgUrl = "https://{yourOktaDomain}"));
        using var provider = services.BuildServiceProvider();
        var startupValidator = provider.GetRequiredService<IStartupValidator>();

        var act = () => startupValidator.Validate();

        act.Should().Throw<OptionsValidationException>().WithMessage("*placeholder*");
        await Task.CompletedTask;
    }

    [Fact]
    public void AddOktaCiamConnector_NullArguments_Throw()
    {
        var services = new ServiceCollection();

        FluentActions.Invoking(() => services.AddOktaCiamConnector((Action<OktaCiamOptions>)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => services.AddOktaCiamConnector((IConfiguration)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ((IServiceCollection)null!).AddOktaCiamConnector(Configure)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void AddOktaCiamConnector_ReturnsBuilderNamingTheInstance()
    {
        var services = new ServiceCollection();

        var builder = services.AddOktaCiamConnector("eu", Configure);

        builder.Name.Should().Be("eu");
        builder.Services.Should().BeSameAs(services);
    }

    [Fact]
    public void AddOktaCiamConnector_RegistersSystemTimeProviderUnlessOneExists()
    {
        var fake = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        using var provider = CreateServices(s =>
        {
            s.AddSingleton<TimeProvider>(fake);
            s.AddOktaCiamConnector(Configure);
        }).BuildServiceProvider();

        provider.GetRequiredService<TimeProvider>().Should().BeSameAs(fake);
    }

    private static void Configure(OktaCiamOptions options)
    {
        var valid = OktaCiamOptionsValidatorTests.CreateValid();
        options.OrgUrl = valid.OrgUrl;
        options.ApiToken = valid.ApiToken;
        options.App.Name = valid.App.Name;
    }

    private static ServiceCollection CreateServices(Action<ServiceCollection> configure)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        configure(services);
        return services;
    }
}
