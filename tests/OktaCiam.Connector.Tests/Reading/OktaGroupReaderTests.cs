using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Tests.Reading;

public class OktaGroupReaderTests
{
    [Fact]
    public async Task ListGroupsAsync_SearchMode_ReturnsManagedGroupsConfirmedById()
    {
        await using var sut = CreateSut();

        var groups = await sut.Groups.ReadAllGroupsAsync().ToListAsync();

        groups.Select(g => g.Id).Should().BeEquivalentTo(["00gAdmins", "00gApp"]);
        sut.Paths().Should().StartWith("/api/v1/groups?search=profile.opal_okta_ciam_managed eq true&limit=200");
        sut.Paths().Should().NotContain("/api/v1/groups/00gShop");
    }

    [Fact]
    public async Task ListGroupsAsync_GroupType_IsExposedAndOnlyOktaGroupsAreWritable()
    {
        await using var sut = CreateSut();

        var groups = (await sut.Groups.ReadAllGroupsAsync().ToListAsync()).ToDictionary(g => g.Id);

        groups["00gAdmins"].Kind.Should().Be("OKTA_GROUP");
        groups["00gAdmins"].IsMembershipWritable.Should().BeTrue();
        groups["00gAdmins"].Name.Should().Be("Admins");
        groups["00gAdmins"].Description.Should().Be("Admins group");
        groups["00gApp"].Kind.Should().Be("APP_GROUP");
        groups["00gApp"].IsMembershipWritable.Should().BeFalse();
    }

    [Theory]
    [InlineData("00gApp")]
    [InlineData("app")]
    public async Task ListGroupsAsync_AllowList_ImportsOnlyListedManagedGroupsByIdOrName(string entry)
    {
        await using var sut = CreateSut(configure: o => o.Groups = [entry, "00gShop"]);

        var groups = await sut.Groups.ReadAllGroupsAsync().ToListAsync();

        groups.Select(g => g.Id).Should().Equal("00gApp");
    }

    [Fact]
    public async Task ListGroupsAsync_FullScan_FiltersThePlainList()
    {
        await using var sut = CreateSut(configure: o => o.Mode = OktaCiamReadMode.FullScan);

        var groups = await sut.Groups.ReadAllGroupsAsync().ToListAsync();

        groups.Select(g => g.Id).Should().BeEquivalentTo(["00gAdmins", "00gApp"]);
        sut.Paths().Should().Equal("/api/v1/groups?limit=200");
    }

    [Fact]
    public async Task GetGroupAsync_CustomerGroup_ReturnsNull()
    {
        await using var sut = CreateSut();

        (await sut.Groups.GetGroupAsync("00gShop")).Should().BeNull();
        (await sut.Groups.GetGroupAsync("00gAdmins"))!.Name.Should().Be("Admins");
    }

    [Fact]
    public async Task ListGroupMembersAsync_ManagedGroupWithCustomers_ReturnsManagedMembersOnlyWithoutReadingMembersById()
    {
        await using var sut = CreateSut();

        var members = await sut.Groups.ReadAllGroupMembersAsync("00gAdmins").ToListAsync();

        members.Should().Equal(new GroupMember("00gAdmins", "00uA"), new GroupMember("00gAdmins", "00uB"));
        sut.Paths().Should().Equal("/api/v1/groups/00gAdmins", "/api/v1/groups/00gAdmins/users?limit=200");
    }

    [Fact]
    public async Task ListGroupMembersAsync_ManyPages_FollowsCursorsBoundToTheGroup()
    {
        await using var sut = CreateSut();

        var members = await sut.Groups.ReadAllGroupMembersAsync("00gAdmins", pageSize: 1).ToListAsync();
        var first = await sut.Groups.ListGroupMembersAsync("00gAdmins", new PageRequest { PageSize = 1 });
        var act = () => sut.Groups.ListGroupMembersAsync("00gApp", new PageRequest { PageSize = 1, Cursor = first.NextCursor });

        members.Select(m => m.UserId).Should().Equal("00uA", "00uB");
        await act.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task ListGroupMembersAsync_AfterAGroupList_UsesTheListInsteadOfReadingTheGroup()
    {
        await using var sut = CreateSut();
        await sut.Groups.ReadAllGroupsAsync().ToListAsync();
        var before = sut.Requests.Count;

        await sut.Groups.ReadAllGroupMembersAsync("00gAdmins").ToListAsync();

        sut.Paths().Skip(before).Should().Equal("/api/v1/groups/00gAdmins/users?limit=200");
    }

    [Fact]
    public async Task ListGroupMembersAsync_CustomerGroup_ThrowsNotFoundWithoutTheId()
    {
        await using var sut = CreateSut();

        var act = () => sut.Groups.ListGroupMembersAsync("00gShop", PageRequest.First);

        var error = await act.Should().ThrowAsync<ConnectorNotFoundException>();
        error.Which.Message.Should().NotContain("00gShop").And.Contain("not a managed group");
        sut.Paths().Should().NotContain(p => p.EndsWith("/users?limit=200", StringComparison.Ordinal));
    }

    private static ReaderHarness CreateSut(Action<FakeOkta>? seed = null, Action<OktaCiamReadOptions>? configure = null) =>
        ReaderHarness.Create(
            okta =>
            {
                okta.AddUser("00uA", FakeOkta.Managed("a@corp.example"));
                okta.AddUser("00uB", FakeOkta.Managed("b@corp.example"));
                okta.AddUser("00uC", FakeOkta.Customer("c@shop.example"));
                var admins = okta.AddGroup("00gAdmins", "Admins", managed: true);
                admins.Members.AddRange(["00uA", "00uC", "00uB"]);
                okta.AddGroup("00gShop", "Shoppers", managed: false).Members.Add("00uC");
                okta.AddGroup("00gApp", "App", managed: true, type: "APP_GROUP");
                seed?.Invoke(okta);
            },
            configure);
}
