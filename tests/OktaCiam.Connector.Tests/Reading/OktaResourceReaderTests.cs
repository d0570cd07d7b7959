using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Tests.Reading;

public class OktaResourceReaderTests
{
    [Fact]
    public async Task ListResourcesAsync_ReturnsStandardRolesThenCustomRoles()
    {
        await using var sut = CreateSut();

        var resources = await sut.Resources.ReadAllResourcesAsync(pageSize: 5).ToListAsync();

        resources.Should().HaveCount(14);
        resources.Should().AllSatisfy(r => r.Kind.Should().Be("admin-role"));
        resources[0].Id.Should().Be("SUPER_ADMIN");
        resources[0].Attributes["type"].GetString().Should().Be("SUPER_ADMIN");
        resources.Select(r => r.Id).Should().Contain(["HELP_DESK_ADMIN", "WORKFLOWS_ADMIN"]);
        var custom = resources[^1];
        custom.Id.Should().Be("cr0Support");
        custom.Name.Should().Be("Support");
        custom.Attributes["type"].GetString().Should().Be("CUSTOM");
    }

    [Fact]
    public async Task GetResourceAsync_StandardCustomAndUnknown()
    {
        await using var sut = CreateSut();

        (await sut.Resources.GetResourceAsync("ORG_ADMIN"))!.Name.Should().Be("Organization administrator");
        (await sut.Resources.GetResourceAsync("cr0Support"))!.Name.Should().Be("Support");
        (await sut.Resources.GetResourceAsync("cr0Nope")).Should().BeNull();
    }

    [Fact]
    public async Task ListAccessLevelsAsync_StandardRole_HasTheSingleDefaultLevel()
    {
        await using var sut = CreateSut();

        var levels = await sut.Resources.ReadAllAccessLevelsAsync("HELP_DESK_ADMIN").ToListAsync();

        levels.Should().Equal(new AccessLevel(AccessLevel.DefaultId, "Assigned"));
        sut.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task ListAccessLevelsAsync_CustomRole_HasItsResourceSets()
    {
        await using var sut = CreateSut();

        var levels = await sut.Resources.ReadAllAccessLevelsAsync("cr0Support", pageSize: 1).ToListAsync();

        levels.Should().Equal(new AccessLevel("iamSet1", "Stores"), new AccessLevel("iamSet2", "Support desk"));
    }

    [Fact]
    public async Task ListAccessLevelsAsync_UnknownRole_ThrowsNotFound()
    {
        await using var sut = CreateSut();

        var act = () => sut.Resources.ListAccessLevelsAsync("cr0Nope", PageRequest.First);

        await act.Should().ThrowAsync<ConnectorNotFoundException>();
    }

    [Fact]
    public async Task ListResourceAssignmentsAsync_DirectGroupAndInheritedAssignmentsOfManagedPrincipalsOnly()
    {
        await using var sut = CreateSut();

        var superAdmin = await Assignments(sut, "SUPER_ADMIN");
        var orgAdmin = await Assignments(sut, "ORG_ADMIN");
        var helpDesk = await Assignments(sut, "HELP_DESK_ADMIN");
        var report = await Assignments(sut, "REPORT_ADMIN");
        var custom = await Assignments(sut, "cr0Support");

        superAdmin.Should().Equal(User("SUPER_ADMIN", "00uA"));
        orgAdmin.Should().BeEmpty("only a customer holds it");
        report.Should().BeEmpty("it is held through a customer group and by a customer");
        helpDesk.Should().BeEquivalentTo([Group("HELP_DESK_ADMIN", "00gAdmins"), User("HELP_DESK_ADMIN", "00uB", inheritedFrom: "00gAdmins")]);
        custom.Should().BeEquivalentTo([
            User("cr0Support", "00uA", "iamSet1"),
            Group("cr0Support", "00gAdmins", "iamSet2"),
            User("cr0Support", "00uB", "iamSet2", inheritedFrom: "00gAdmins"),
        ]);
    }

    [Fact]
    public async Task ListResourceAssignmentsAsync_NeverReadsACustomersRoles()
    {
        await using var sut = CreateSut();

        await Assignments(sut, "ORG_ADMIN");

        sut.Paths().Should().Contain(["/api/v1/users/00uA/roles", "/api/v1/users/00uB/roles", "/api/v1/groups/00gAdmins/roles"]);
        sut.Paths().Should().NotContain(p => p.Contains("00uC", StringComparison.Ordinal) || p.Contains("00uD", StringComparison.Ordinal) || p.Contains("00gShop", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListResourceAssignmentsAsync_AfterUserAndGroupLists_ReusesThemAndReadsHoldersOnce()
    {
        await using var sut = CreateSut();
        await sut.AllUsersAsync();
        await sut.Groups.ReadAllGroupsAsync().ToListAsync();
        var before = sut.Requests.Count;

        foreach (var resource in await sut.Resources.ReadAllResourcesAsync().ToListAsync())
        {
            await Assignments(sut, resource.Id);
        }

        var paths = sut.Paths().Skip(before).ToList();
        paths.Should().NotContain(p => p.StartsWith("/api/v1/users?", StringComparison.Ordinal) || p.StartsWith("/api/v1/groups?", StringComparison.Ordinal));
        paths.Count(p => p.StartsWith("/api/v1/iam/assignees/users", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public async Task ListResourceAssignmentsAsync_WithoutARecentUserList_ListsManagedUsersItself()
    {
        await using var sut = CreateSut(configure: o => o.CacheDuration = TimeSpan.Zero);

        var superAdmin = await Assignments(sut, "SUPER_ADMIN");

        superAdmin.Should().Equal(User("SUPER_ADMIN", "00uA"));
        sut.Paths().Should().Contain(p => p.StartsWith("/api/v1/users?search=", StringComparison.Ordinal));
        sut.Inner.Logs.GetSnapshot().Should().Contain(r => r.Id.Name == "ReadListingManagedIds");
    }

    [Fact]
    public async Task ListResourceAssignmentsAsync_Pages_WithCursorBoundToTheRole()
    {
        await using var sut = CreateSut();

        var all = await sut.Resources.ReadAllResourceAssignmentsAsync("cr0Support", pageSize: 1).ToListAsync();
        var first = await sut.Resources.ListResourceAssignmentsAsync("cr0Support", new PageRequest { PageSize = 1 });
        var act = () => sut.Resources.ListResourceAssignmentsAsync("HELP_DESK_ADMIN", new PageRequest { PageSize = 1, Cursor = first.NextCursor });

        all.Should().HaveCount(3);
        await act.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task ListResourceAssignmentsAsync_UnknownRole_ThrowsNotFound()
    {
        await using var sut = CreateSut();

        var act = () => sut.Resources.ListResourceAssignmentsAsync("cr0Nope", PageRequest.First);

        await act.Should().ThrowAsync<ConnectorNotFoundException>();
    }

    [Fact]
    public async Task Invalidate_AfterARoleChange_NextReadSeesIt()
    {
        await using var sut = CreateSut();
        (await Assignments(sut, "APP_ADMIN")).Should().BeEmpty();
        sut.Okta.User("00uB").Roles.Add(new FakeRole("APP_ADMIN"));

        ((OktaResourceReader)sut.Resources).Invalidate();

        (await Assignments(sut, "APP_ADMIN")).Should().Equal(User("APP_ADMIN", "00uB"));
    }

    private static ResourceAssignment User(string resource, string user, string level = "", string? inheritedFrom = null) =>
        new() { ResourceId = resource, PrincipalId = user, PrincipalKind = PrincipalKind.User, AccessLevelId = level, InheritedFromGroupId = inheritedFrom };

    private static ResourceAssignment Group(string resource, string group, string level = "") =>
        new() { ResourceId = resource, PrincipalId = group, PrincipalKind = PrincipalKind.Group, AccessLevelId = level };

    private static async Task<List<ResourceAssignment>> Assignments(ReaderHarness sut, string resourceId) =>
        await sut.Resources.ReadAllResourceAssignmentsAsync(resourceId).ToListAsync();

    private static ReaderHarness CreateSut(Action<OktaCiamReadOptions>? configure = null) =>
        ReaderHarness.Create(
            okta =>
            {
                okta.CustomRoles.Add(("cr0Support", "Support"));
                okta.ResourceSets.Add(("iamSet1", "Stores"));
                okta.ResourceSets.Add(("iamSet2", "Support desk"));
                var a = okta.AddUser("00uA", FakeOkta.Managed("a@corp.example"));
                a.Roles.Add(new FakeRole("SUPER_ADMIN"));
                a.Roles.Add(new FakeRole("CUSTOM", "cr0Support", "iamSet1"));
                okta.AddUser("00uB", FakeOkta.Managed("b@corp.example"));
                okta.AddUser("00uC", FakeOkta.Customer("c@shop.example")).Roles.Add(new FakeRole("ORG_ADMIN"));
                okta.AddUser("00uD", FakeOkta.Customer("d@shop.example"));
                var admins = okta.AddGroup("00gAdmins", "Admins", managed: true);
                admins.Members.AddRange(["00uB", "00uC"]);
                admins.Roles.Add(new FakeRole("HELP_DESK_ADMIN"));
                admins.Roles.Add(new FakeRole("CUSTOM", "cr0Support", "iamSet2"));
                var shop = okta.AddGroup("00gShop", "Shoppers", managed: false);
                shop.Members.AddRange(["00uA", "00uD"]);
                shop.Roles.Add(new FakeRole("REPORT_ADMIN"));
            },
            configure);
}
