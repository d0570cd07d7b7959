using OktaCiam.Connector.Testing;

namespace OktaCiam.Connector.Tests.Reading;

/// <summary>One emulated org with 500 workforce users among 100,000 customers, shared by the tests of <see cref="SeededOrgCollection"/>.</summary>
/// <remarks>Tests that change the org put it back before they end; they run one after another.</remarks>
public sealed class SeededOrgFixture : IAsyncLifetime
{
    public const int ManagedUsers = 500;
    public const int Customers = 100_000;

    private OktaEmulator? _emulator;

    public OktaEmulator Emulator => _emulator ?? throw new InvalidOperationException("The emulator has not started.");

    public EmulatedOrg Org => Emulator.Org;

    public static OktaEmulatorSeed Seed(int customers = Customers) => new()
    {
        ManagedUsers = ManagedUsers,
        Customers = customers,
        ManagedGroups = 6,
        CustomerGroups = 4,
        CustomersPerManagedGroup = 5,
        DeprovisionedManagedUsers = 4,
        CustomRoles = 3,
        ResourceSets = 2,
        CustomersWithRoles = 3,
    };

    public async Task InitializeAsync() => _emulator = await OktaEmulator.StartAsync(new OktaEmulatorOptions { Seed = Seed() });

    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }
}
