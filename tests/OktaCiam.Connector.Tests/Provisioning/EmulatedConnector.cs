using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using OktaCiam.Connector.Abstractions;
using OktaCiam.Connector.Testing;

namespace OktaCiam.Connector.Tests.Provisioning;

/// <summary>The connector, built through the real DI registration, talking over loopback HTTP to an Okta emulator; both on one fake clock.</summary>
internal sealed class EmulatedConnector : IAsyncDisposable
{
    public const string Instance = "emulated";

    private EmulatedConnector(FakeTimeProvider time, OktaEmulator okta, ServiceProvider services)
    {
        Time = time;
        Okta = okta;
        Services = services;
    }

    public FakeTimeProvider Time { get; }

    public OktaEmulator Okta { get; }

    public EmulatedOrg Org => Okta.Org;

    public ServiceProvider Services { get; }

    public IConnector Connector => Services.GetRequiredKeyedService<IConnector>(Instance);

    public IAccessProvisioner Provisioner => Connector.GetRequiredService<IAccessProvisioner>();

    public IUserDeprovisioner Deprovisioner => Connector.GetRequiredService<IUserDeprovisioner>();

    public IConnectorValidator Validator => Connector.GetRequiredService<IConnectorValidator>();

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    /// <summary>Gets every write request the emulator received, as <c>METHOD path?query</c>, whatever its outcome.</summary>
    public IReadOnlyList<string> Writes => [.. Okta.Writes.Select(r => $"{r.Method} {r.PathAndQuery}")];

    /// <summary>Gets the write requests the emulator carried out.</summary>
    public IReadOnlyList<string> HandledWrites => [.. Okta.Writes.Where(r => r.Handled).Select(r => $"{r.Method} {r.PathAndQuery}")];

    public static async Task<EmulatedConnector> StartAsync(
        OktaEmulatorSeed? seed = null, Action<OktaCiamOptions>? configure = null, Action<OktaEmulatorOptions>? emulator = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var options = new OktaEmulatorOptions { TimeProvider = time, Seed = seed ?? SmallOrg() };
        emulator?.Invoke(options);
        var okta = await OktaEmulator.StartAsync(options);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddFakeLogging(o => o.CollectRecordsForDisabledLogLevels = false);
        services.AddOktaCiamConnector(Instance, o =>
        {
            o.OrgUrl = okta.BaseUrl.ToString();
            o.ApiToken = okta.ApiToken;
            o.App.Name = "Okta CIAM (emulated)";

            // The fake clock only moves when a test drives it, so real I/O never times out.
            o.Http.RequestTimeout = TimeSpan.FromMinutes(5);
            configure?.Invoke(o);
        });
        return new EmulatedConnector(time, okta, services.BuildServiceProvider(validateScopes: true));
    }

    public static OktaEmulatorSeed SmallOrg() => new()
    {
        ManagedUsers = 6,
        Customers = 30,
        ManagedGroups = 3,
        CustomerGroups = 2,
        DeprovisionedManagedUsers = 1,
    };

    /// <summary>Returns the id of an active managed user that is not the token owner.</summary>
    public string ManagedUser(int index = 0) =>
        Org.ManagedUserIds().Where(id => id != Org.TokenOwnerId && Org.FindUser(id)!.Status == "ACTIVE").ElementAt(index);

    /// <summary>Awaits <paramref name="task"/> while moving the fake clock forward, so retry and rate-limit waits elapse.</summary>
    public async Task<T> RunAsync<T>(Task<T> task)
    {
        for (var i = 0; i < 20_000 && !task.IsCompleted; i++)
        {
            await Task.WhenAny(task, Task.Delay(2, CancellationToken.None));
            if (!task.IsCompleted)
            {
                Time.Advance(TimeSpan.FromMilliseconds(250));
            }
        }

        return await task;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Okta.DisposeAsync();
    }
}
