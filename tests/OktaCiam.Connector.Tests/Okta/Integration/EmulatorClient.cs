using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace OktaCiam.Connector.Tests.Okta.Integration;

/// <summary>A connector instance built the way the connector builds it (DI, named HTTP pipeline), pointed at a fixture's emulator on the shared fake clock.</summary>
internal sealed class EmulatorClient : IAsyncDisposable
{
    private EmulatorClient(ServiceProvider services)
    {
        Services = services;
        Client = services.GetRequiredKeyedService<OktaClient>(string.Empty);
        Stats = services.GetRequiredKeyedService<OktaApiStats>(string.Empty);
    }

    public ServiceProvider Services { get; }

    public OktaClient Client { get; }

    public OktaApiStats Stats { get; }

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    public static EmulatorClient Create(EmulatorFixture fixture, Action<OktaCiamOptions>? configure)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(fixture.Time);
        // Every level, so tests also see that debug logs hold no secret.
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace));
        services.AddFakeLogging(o => o.CollectRecordsForDisabledLogLevels = false);
        services.AddOktaCiamConnector(o =>
        {
            o.OrgUrl = fixture.Emulator.BaseUrl.ToString();
            o.ApiToken = fixture.Emulator.ApiToken;
            o.App.Name = "t";
            configure?.Invoke(o);
        });
        return new EmulatorClient(services.BuildServiceProvider(validateScopes: true));
    }

    /// <summary>Gets every log message written so far, to check that no secret reached the logs.</summary>
    public string AllLogText() => string.Join("\n", Logs.GetSnapshot().Select(r => $"{r.Message} {r.Exception}"));

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
