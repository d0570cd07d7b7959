using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using OktaCiam.Connector.Abstractions;
using OktaCiam.Connector.Access;
using OktaCiam.Connector.Testing;

namespace OktaCiam.Connector.Tests.Reading;

/// <summary>A fresh connector instance pointed at an emulator, capturing every log line at every level.</summary>
internal sealed class EmulatorConnector : IAsyncDisposable
{
    private EmulatorConnector(ServiceProvider services)
    {
        Services = services;
    }

    public ServiceProvider Services { get; }

    public IConnector Connector => Services.GetRequiredService<IConnector>();

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    public static EmulatorConnector Create(OktaEmulator emulator, Action<OktaCiamReadOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddFakeLogging(o => o.CollectRecordsForDisabledLogLevels = true);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace));
        services.AddOktaCiamConnector(o =>
        {
            o.OrgUrl = emulator.BaseUrl.ToString();
            o.ApiToken = emulator.ApiToken;
            o.App.Name = "Okta CIAM (emulator)";
            configure?.Invoke(o.Read);
        });
        return new EmulatorConnector(services.BuildServiceProvider());
    }

    public Task<ConnectorSnapshot> SyncAsync() => new ConnectorSnapshotReader().ReadAsync(Connector);

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
