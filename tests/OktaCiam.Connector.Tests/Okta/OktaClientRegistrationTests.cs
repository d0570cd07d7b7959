using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace OktaCiam.Connector.Tests.Okta;

public sealed class OktaClientRegistrationTests
{
    [Fact]
    public async Task AddOktaCiamConnector_Twice_BuildsOnePipeline()
    {
        var stub = new OktaStubHandler(TimeProvider.System, (_, _) => Task.FromResult(OktaResponses.Json("""{"id":"00u1"}""")));
        var services = new ServiceCollection();
        for (var i = 0; i < 2; i++)
        {
            services.AddOktaCiamConnector("a", Configure);
        }

        services.AddHttpClient(OktaClientRegistration.HttpClientName("a")).ConfigurePrimaryHttpMessageHandler(() => stub);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<OktaClient>("a").GetUserAsync("00u1");

        stub.Requests.Should().ContainSingle();
        provider.GetRequiredKeyedService<OktaApiStats>("a").RequestsSent.Should().Be(1, "a doubled pipeline would count twice");
        services.Count(d => d.IsKeyedService && d.ServiceType == typeof(OktaClient)).Should().Be(1);
    }

    [Fact]
    public async Task AddOktaCiamConnector_TwoInstances_GetSeparateClientsOrgsAndStats()
    {
        var stub = new OktaStubHandler(TimeProvider.System, (_, _) => Task.FromResult(OktaResponses.Json("""{"id":"00u1"}""")));
        var services = new ServiceCollection();
        services.AddOktaCiamConnector("a", Configure);
        services.AddOktaCiamConnector("b", o =>
        {
            Configure(o);
            o.OrgUrl = "other.oktapreview.com";
            o.ApiToken = "tokenB";
        });
        services.AddHttpClient(OktaClientRegistration.HttpClientName("a")).ConfigurePrimaryHttpMessageHandler(() => stub);
        services.AddHttpClient(OktaClientRegistration.HttpClientName("b")).ConfigurePrimaryHttpMessageHandler(() => stub);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<OktaClient>("b").GetUserAsync("00u1");

        provider.GetRequiredKeyedService<OktaClient>("a").OrgUrl.Should().Be(new Uri("https://acme.okta.com/"));
        stub.Requests.Single().Uri.Host.Should().Be("other.oktapreview.com");
        stub.Requests.Single().Authorization!.Parameter.Should().Be("tokenB");
        provider.GetRequiredKeyedService<OktaApiStats>("a").RequestsSent.Should().Be(0);
        provider.GetRequiredKeyedService<OktaApiStats>("b").RequestsSent.Should().Be(1);
    }

    [Fact]
    public async Task AddOktaCiamConnector_InvalidHttpSettings_FailOnFirstUse()
    {
        var services = new ServiceCollection();
        services.AddOktaCiamConnector("a", o =>
        {
            Configure(o);
            o.Http.MaxConcurrentRequests = 0;
        });
        await using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredKeyedService<OktaClient>("a");

        act.Should().Throw<OptionsValidationException>().WithMessage("*MaxConcurrentRequests*between 1 and 75*");
    }

    [Fact]
    public async Task AddOktaCiamConnector_TimeProviderFromTheContainer_DrivesTheWaits()
    {
        var time = new FakeTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddOktaCiamConnector("a", Configure);
        await using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<TimeProvider>().Should().BeSameAs(time);
        services.Should().ContainSingle(d => d.ServiceType == typeof(TimeProvider));
    }

    private static void Configure(OktaCiamOptions o)
    {
        o.OrgUrl = "https://acme.okta.com";
        o.ApiToken = "tokenA";
        o.App.Name = "Test";
    }
}
