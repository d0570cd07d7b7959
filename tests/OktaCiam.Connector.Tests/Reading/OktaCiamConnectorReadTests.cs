using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using OktaCiam.Connector.Abstractions;
using OktaCiam.Connector.Testing;

namespace OktaCiam.Connector.Tests.Reading;

/// <summary>Full syncs of an emulated org with 500 workforce users among 100,000 customers, through the connector's readers.</summary>
[Collection(SeededOrgCollection.Name)]
public partial class OktaCiamConnectorReadTests(SeededOrgFixture org)
{
    private const string Attribute = OktaCiamOptions.DefaultManagedAttribute;

    [Theory]
    [InlineData(OktaCiamReadMode.Search)]
    [InlineData(OktaCiamReadMode.FullScan)]
    public async Task Sync_SeededOrg_ReturnsExactlyTheManagedSet(OktaCiamReadMode mode)
    {
        await using var sut = EmulatorConnector.Create(org.Emulator, o => o.Mode = mode);

        var snapshot = await sut.SyncAsync();

        var expected = ManagedState.Expected(org.Org);
        expected.Users.Should().HaveCountGreaterThanOrEqualTo(SeededOrgFixture.ManagedUsers);
        expected.Assignments.Should().Contain(a => a.InheritedFrom != null).And.Contain(a => a.Kind == PrincipalKind.Group).And.Contain(a => a.Level != "");
        expected.ShouldMatch(snapshot);
        snapshot.Users.Where(u => u.Status == UserStatus.Deprovisioned).Should().HaveCountGreaterThanOrEqualTo(4);
        snapshot.Groups.Should().Contain(g => g.Group.Kind == "APP_GROUP" && !g.Group.IsMembershipWritable);
        var stats = snapshot.Statistics!;
        stats.UsersManaged.Should().Be(expected.Users.Count);
        stats.GroupsManaged.Should().Be(expected.Groups.Count);
        stats.Excluded.Should().ContainKeys("attribute_not_boolean", "id_not_managed");
        if (mode == OktaCiamReadMode.FullScan)
        {
            stats.ApiCalls.Should().BeGreaterThan(SeededOrgFixture.Customers / 200);
            stats.UsersSeen.Should().BeGreaterThanOrEqualTo(SeededOrgFixture.Customers + SeededOrgFixture.ManagedUsers);
            stats.Excluded.Should().ContainKeys("attribute_missing", "attribute_false", "attribute_duplicated");
        }
    }

    [Theory]
    [InlineData(OktaCiamReadMode.Search)]
    [InlineData(OktaCiamReadMode.FullScan)]
    public async Task Sync_SearchIndexStaleInBothDirections_ReturnsExactlyTheManagedSet(OktaCiamReadMode mode)
    {
        // Still in the index as managed, no longer managed:
        var unmarkedUser = ManagedMemberWithRole();
        var unmarkedGroup = org.Org.Fixtures["managed-group"];
        org.Org.FreezeSearchIndex(unmarkedUser);
        org.Org.FreezeSearchIndex(unmarkedGroup);
        org.Org.SetUserProfileValue(unmarkedUser, Attribute, false);
        org.Org.SetGroupProfileValue(unmarkedGroup, Attribute, false);

        // Managed, not yet in the index as such:
        var markedUser = org.Org.AddUser($"late.marker.{mode}@corp.example", managed: false);
        var markedGroup = org.Org.AddGroup($"Late marked {mode}", managed: false);
        var otherGroup = org.Org.ManagedGroupIds().First(g => g != unmarkedGroup && org.Org.FindGroup(g)!.Type == "OKTA_GROUP");
        org.Org.AddGroupMember(otherGroup, markedUser);
        org.Org.AssignUserRole(markedUser, "REPORT_ADMIN");
        org.Org.FreezeSearchIndex(markedUser);
        org.Org.FreezeSearchIndex(markedGroup);
        org.Org.SetUserProfileValue(markedUser, Attribute, true);
        org.Org.SetGroupProfileValue(markedGroup, Attribute, true);
        try
        {
            await using var sut = EmulatorConnector.Create(org.Emulator, o => o.Mode = mode);

            var snapshot = await sut.SyncAsync();

            ManagedState.Expected(org.Org).ShouldMatch(snapshot);
            snapshot.Users.Should().NotContain(u => u.Id == unmarkedUser);
            snapshot.Groups.Should().NotContain(g => g.Group.Id == unmarkedGroup);
            snapshot.Resources.SelectMany(r => r.Assignments).Should().NotContain(a => a.PrincipalId == unmarkedUser || a.PrincipalId == unmarkedGroup || a.InheritedFromGroupId == unmarkedGroup);
            snapshot.Users.Should().ContainSingle(u => u.Id == markedUser);
            snapshot.Groups.Should().Contain(g => g.Group.Id == markedGroup);
            snapshot.Groups.Single(g => g.Group.Id == otherGroup).MemberIds.Should().Contain(markedUser);
            snapshot.Resources.Single(r => r.Resource.Id == "REPORT_ADMIN").Assignments.Should().Contain(a => a.PrincipalId == markedUser);
        }
        finally
        {
            org.Org.SetUserProfileValue(unmarkedUser, Attribute, true);
            org.Org.SetGroupProfileValue(unmarkedGroup, Attribute, true);
            org.Org.SetUserProfileValue(markedUser, Attribute, false);
            org.Org.SetGroupProfileValue(markedGroup, Attribute, false);
            org.Org.RefreshSearchIndex();
        }
    }

    [Fact]
    public async Task Sync_TrustSearchIndex_AcceptsTheIndexLagAsDocumented()
    {
        var unmarked = ManagedMemberWithRole();
        var marked = org.Org.AddUser("late.trusted@corp.example", managed: false);
        org.Org.FreezeSearchIndex(unmarked);
        org.Org.FreezeSearchIndex(marked);
        org.Org.SetUserProfileValue(unmarked, Attribute, false);
        org.Org.SetUserProfileValue(marked, Attribute, true);
        try
        {
            await using var sut = EmulatorConnector.Create(org.Emulator, o => o.TrustSearchIndex = true);

            var users = await sut.Connector.GetRequiredService<IUserReader>().ReadAllUsersAsync().ToListAsync();

            users.Should().Contain(u => u.Id == unmarked, "the index still shows it as managed and its body is trusted");
            users.Should().NotContain(u => u.Id == marked, "the index does not show it yet");
        }
        finally
        {
            org.Org.SetUserProfileValue(unmarked, Attribute, true);
            org.Org.SetUserProfileValue(marked, Attribute, false);
            org.Org.RefreshSearchIndex();
        }
    }

    [Fact]
    public async Task Sync_SearchUnavailable_FallsBackToFullScanWithAWarningAndTheSameResult()
    {
        org.Org.SearchAvailable = false;
        try
        {
            await using var sut = EmulatorConnector.Create(org.Emulator);

            var snapshot = await sut.SyncAsync();

            ManagedState.Expected(org.Org).ShouldMatch(snapshot);
            sut.Logs.GetSnapshot().Should().Contain(r => r.Level == LogLevel.Warning && r.Id.Name == "ReadSearchUnavailable");
            snapshot.Statistics!.UsersSeen.Should().BeGreaterThan(SeededOrgFixture.Customers);
        }
        finally
        {
            org.Org.SearchAvailable = true;
        }
    }

    [Fact]
    public async Task Sync_SearchMode_ApiCallsGrowWithTheManagedPopulationNotTheCustomers()
    {
        await using var small = await OktaEmulator.StartAsync(new OktaEmulatorOptions { Seed = SeededOrgFixture.Seed(customers: 1_000) });
        await using var smallSut = EmulatorConnector.Create(small);
        await using var sut = EmulatorConnector.Create(org.Emulator);

        var few = (await smallSut.SyncAsync()).Statistics!;
        var many = (await sut.SyncAsync()).Statistics!;

        var managed = org.Org.ManagedUserIds().Count + org.Org.ManagedGroupIds().Count;
        many.ApiCalls.Should().BeLessThan((2 * managed) + 100, "one confirmation per managed record, one role read per holder and group, a few pages");
        (many.ApiCalls - few.ApiCalls).Should().BeLessThan(15, "100 times the customers costs only the search pages of the index's loose matches");
        many.UsersSeen.Should().BeLessThan(SeededOrgFixture.Customers / 10);
    }

    private string ManagedMemberWithRole()
    {
        var owner = org.Org.TokenOwnerId;
        var managedGroup = org.Org.Fixtures["managed-group"];
        return org.Org.GetGroupMemberIds(managedGroup).First(id => id != owner && org.Org.FindUser(id) is { IsManaged: true, Status: "ACTIVE" } && org.Org.GetUserRoles(id).Count > 0);
    }
}
