using OktaCiam.Connector.Testing;

namespace OktaCiam.Connector.Cli.Tests.Sync;

/// <summary>The <c>--emulator</c> demo org (500 workforce users among 100,000 customers), shared by the CLI sync tests.</summary>
public sealed class SeededOrgFixture : IAsyncLifetime
{
    private OktaEmulator? _emulator;

    public OktaEmulator Emulator => _emulator ?? throw new InvalidOperationException("The emulator has not started.");

    public Dictionary<string, string> Environment => new()
    {
        [ConnectionOptions.OrgVariable] = Emulator.BaseUrl.ToString(),
        [ConnectionOptions.TokenVariable] = Emulator.ApiToken,
    };

    public async Task InitializeAsync() => _emulator = await OktaEmulator.StartAsync(new OktaEmulatorOptions { Seed = SyncCommand.DemoSeed() });

    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }
}
