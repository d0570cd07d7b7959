using OktaCiam.Connector.Testing;

namespace OktaCiam.Connector.Tests.Okta.Integration;

/// <summary>An org large enough that every list the client reads spans several pages.</summary>
public sealed class PagingEmulatorFixture : EmulatorFixture
{
    protected override OktaEmulatorSeed CreateSeed() => new()
    {
        ManagedUsers = 60,
        Customers = 1_500,
        ManagedGroups = 3,
        CustomerGroups = 2,
        CustomersPerManagedGroup = 240,
        CustomRoles = 45,
        ResourceSets = 45,
        CustomersWithRoles = 230,
    };
}
