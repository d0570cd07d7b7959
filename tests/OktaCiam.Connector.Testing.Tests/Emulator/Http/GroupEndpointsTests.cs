using System.Net;

namespace OktaCiam.Connector.Testing.Tests.Emulator.Http;

public sealed class GroupEndpointsTests
{
    [Fact]
    public async Task List_Plain_ReturnsEveryGroupWithOktaShape()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();

        var (items, _) = await client.GetAllPagesAsync("/api/v1/groups");

        items.Select(g => g["id"]!.GetValue<string>()).Should().Equal(okta.Org.ListGroups().Select(g => g.Id));
        items.Select(g => g["type"]!.GetValue<string>()).Should().Contain(["BUILT_IN", "OKTA_GROUP", "APP_GROUP"]);
        var app = items.Single(g => g["id"]!.GetValue<string>() == okta.Org.Fixtures["managed-app-group"]);
        app["objectClass"]![0]!.GetValue<string>().Should().Be("okta:windows_security_principal");
        app["_links"]!["source"]!["href"]!.GetValue<string>().Should().Contain("/api/v1/apps/0oa");
        var group = items.First(g => g["type"]!.GetValue<string>() == "OKTA_GROUP");
        group.AsObject().Select(p => p.Key).Should().Equal("id", "created", "lastUpdated", "lastMembershipUpdated", "objectClass", "type", "profile", "_links");
        group["id"]!.GetValue<string>().Should().MatchRegex("^00g[0-9A-Za-z]{17}$");
    }

    [Fact]
    public async Task List_SmallLimit_PagesWithCursors()
    {
        await using var okta = await EmulatorHarness.StartAsync(new OktaEmulatorSeed { ManagedGroups = 6, CustomerGroups = 5 });
        using var client = okta.Client();

        var (items, pages) = await client.GetAllPagesAsync("/api/v1/groups?limit=3");

        items.Select(g => g["id"]!.GetValue<string>()).Should().Equal(okta.Org.ListGroups().Select(g => g.Id));
        pages.Should().Be((items.Count + 2) / 3);
    }

    [Fact]
    public async Task Search_TypeAndManagedAttribute_ReturnsManagedOktaGroupsAndLooseDecoys()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var query = "/api/v1/groups?search=" + Uri.EscapeDataString("type eq \"OKTA_GROUP\" and profile.opal_okta_ciam_managed eq true");

        var (items, _) = await client.GetAllPagesAsync(query);

        var managedOktaGroups = okta.Org.ListGroups().Where(g => g.IsManaged && g.Type == "OKTA_GROUP").Select(g => g.Id);
        items.Select(g => g["id"]!.GetValue<string>()).Should().BeEquivalentTo(managedOktaGroups.Append(okta.Org.Fixtures["customer-group-string-true"]));
    }

    [Fact]
    public async Task Search_StaleIndex_KeepsReturningAGroupThatIsNoLongerManaged()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var group = okta.Org.Fixtures["managed-group"];
        var query = "/api/v1/groups?search=" + Uri.EscapeDataString($"id eq \"{group}\" and profile.opal_okta_ciam_managed eq true");

        okta.Org.FreezeSearchIndex(group);
        okta.Org.SetGroupProfileValue(group, "opal_okta_ciam_managed", "true");
        var (_, stale) = await client.GetJsonAsync(query);
        var (_, current) = await client.GetJsonAsync("/api/v1/groups/" + group);
        okta.Org.RefreshSearchIndex();
        var (_, fresh) = await client.GetJsonAsync("/api/v1/groups?search=" + Uri.EscapeDataString($"id eq \"{group}\""));

        stale!.AsArray().Single()!["profile"]!["opal_okta_ciam_managed"]!.GetValue<bool>().Should().BeTrue();
        current!["profile"]!["opal_okta_ciam_managed"]!.GetValue<string>().Should().Be("true");
        fresh!.AsArray().Single()!["profile"]!["opal_okta_ciam_managed"]!.GetValue<string>().Should().Be("true");
        okta.Org.ManagedGroupIds().Should().NotContain(group);
    }

    [Theory]
    [InlineData("type eq \"OKTA_GROUP\"", 200)]
    [InlineData("lastUpdated gt \"2000-01-01T00:00:00.000Z\" and type eq \"APP_GROUP\"", 200)]
    [InlineData("profile.name eq \"Everyone\"", 400)]
    [InlineData("profile.opal_okta_ciam_managed eq true", 400)]
    [InlineData("type sw \"OKTA\"", 400)]
    public async Task Filter_OnlyIdTypeAndDates_OtherwiseE0000031(string expression, int status)
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();

        var (response, body) = await client.GetJsonAsync("/api/v1/groups?filter=" + Uri.EscapeDataString(expression));

        ((int)response.StatusCode).Should().Be(status);
        if (status == 400)
        {
            body.ErrorCode().Should().Be("E0000031");
        }
        else
        {
            body!.AsArray().Should().NotBeEmpty();
        }
    }

    [Fact]
    public async Task Get_UnknownGroup_Returns404()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();

        var (response, body) = await client.GetJsonAsync("/api/v1/groups/00g0000000000000000X");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        body!["errorSummary"]!.GetValue<string>().Should().EndWith("(UserGroup)");
    }

    [Fact]
    public async Task Members_LargeGroup_DefaultLimitIs1000AndPagesCoverEveryMember()
    {
        await using var okta = await EmulatorHarness.StartAsync(new OktaEmulatorSeed { Customers = 5000, CustomerGroups = 2 });
        using var client = okta.Client();
        var group = okta.Org.Fixtures["customer-group"];
        var expected = okta.Org.GetGroupMemberIds(group);

        var (_, firstPage) = await client.GetJsonAsync($"/api/v1/groups/{group}/users");
        var (items, _) = await client.GetAllPagesAsync($"/api/v1/groups/{group}/users?limit=200");

        expected.Count.Should().BeGreaterThan(1000);
        firstPage!.AsArray().Should().HaveCount(1000);
        items.Select(u => u["id"]!.GetValue<string>()).Should().Equal(expected);
        items.Should().OnlyContain(u => u["profile"]!["login"] != null, "members are full user objects");
    }

    [Fact]
    public async Task Members_ManagedGroup_IncludesCustomers()
    {
        await using var okta = await EmulatorHarness.StartAsync(new OktaEmulatorSeed { CustomersPerManagedGroup = 3 });
        using var client = okta.Client();
        var group = okta.Org.Fixtures["managed-group"];

        var (items, _) = await client.GetAllPagesAsync($"/api/v1/groups/{group}/users");

        var managed = okta.Org.ManagedUserIds().ToHashSet();
        items.Count(u => !managed.Contains(u["id"]!.GetValue<string>())).Should().BeGreaterThanOrEqualTo(3);
        items.Select(u => u["id"]!.GetValue<string>()).Should().Contain(okta.Org.Fixtures["customer-string-true"]);
    }

    [Fact]
    public async Task Members_Everyone_ListsEveryUser()
    {
        await using var okta = await EmulatorHarness.StartAsync(new OktaEmulatorSeed { Customers = 300 });
        using var client = okta.Client();

        var (items, _) = await client.GetAllPagesAsync($"/api/v1/groups/{okta.Org.Fixtures["everyone"]}/users?limit=100");

        items.Should().HaveCount(okta.Org.UserCount);
    }

    [Fact]
    public async Task AddMember_OktaGroup_Returns204AndIsIdempotent()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var group = okta.Org.Fixtures["customer-group"];
        var user = okta.Org.TokenOwnerId;

        var (first, _) = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/groups/{group}/users/{user}");
        var (again, _) = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/groups/{group}/users/{user}");
        var members = okta.Org.GetGroupMemberIds(group);
        var (removed, _) = await client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/groups/{group}/users/{user}");
        var (removedAgain, _) = await client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/groups/{group}/users/{user}");

        first.StatusCode.Should().Be(HttpStatusCode.NoContent);
        again.StatusCode.Should().Be(HttpStatusCode.NoContent);
        members.Should().Contain(user);
        removed.StatusCode.Should().Be(HttpStatusCode.NoContent);
        removedAgain.StatusCode.Should().Be(HttpStatusCode.NoContent);
        okta.Org.GetGroupMemberIds(group).Should().NotContain(user);
        okta.Org.SystemLogEventTypes().Should().Equal("group.user_membership.add", "group.user_membership.remove");
    }

    [Theory]
    [InlineData("managed-app-group")]
    [InlineData("everyone")]
    public async Task AddMember_AppOrBuiltInGroup_Returns403WithoutChange(string fixture)
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var group = okta.Org.Fixtures[fixture];
        var user = okta.Org.ManagedUserIds()[1];
        var before = okta.Org.GetGroupMemberIds(group);

        var (add, body) = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/groups/{group}/users/{user}");
        var (remove, _) = await client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/groups/{group}/users/{before[0]}");

        add.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        body.ErrorCode().Should().Be("E0000006");
        remove.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        okta.Org.GetGroupMemberIds(group).Should().Equal(before);
        okta.Org.SystemLogEventTypes().Should().BeEmpty();
    }

    [Fact]
    public async Task AddMember_UnknownGroupOrUser_Returns404()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var group = okta.Org.Fixtures["managed-group"];

        var (noGroup, groupBody) = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/groups/00gMissing00000000000/users/{okta.Org.TokenOwnerId}");
        var (noUser, userBody) = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/groups/{group}/users/00uMissing00000000000");

        noGroup.StatusCode.Should().Be(HttpStatusCode.NotFound);
        groupBody!["errorSummary"]!.GetValue<string>().Should().EndWith("(UserGroup)");
        noUser.StatusCode.Should().Be(HttpStatusCode.NotFound);
        userBody!["errorSummary"]!.GetValue<string>().Should().EndWith("(User)");
    }
}
