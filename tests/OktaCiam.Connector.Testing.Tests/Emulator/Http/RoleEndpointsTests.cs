using System.Net;

namespace OktaCiam.Connector.Testing.Tests.Emulator.Http;

public sealed class RoleEndpointsTests
{
    [Fact]
    public async Task AssignToUser_StandardRole_Returns201ThenConflictE0000090()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var user = okta.Org.ManagedUserIds()[5];

        var (created, body) = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/users/{user}/roles", new { type = "GROUP_MEMBERSHIP_ADMIN" });
        var (again, conflict) = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/users/{user}/roles", new { type = "GROUP_MEMBERSHIP_ADMIN" });

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        body!["id"]!.GetValue<string>().Should().MatchRegex("^ra[0-9A-Za-z]{18}$");
        body["type"]!.GetValue<string>().Should().Be("GROUP_MEMBERSHIP_ADMIN");
        body["label"]!.GetValue<string>().Should().Be("Group Membership administrator");
        body["assignmentType"]!.GetValue<string>().Should().Be("USER");
        body["status"]!.GetValue<string>().Should().Be("ACTIVE");
        body["_links"]!["assignee"]!["href"]!.GetValue<string>().Should().EndWith("/api/v1/users/" + user);
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        conflict.ErrorCode().Should().Be("E0000090");
        okta.Org.GetUserRoles(user).Count(r => r.Type == "GROUP_MEMBERSHIP_ADMIN" && r.AssignmentType == "USER").Should().Be(1);
        okta.Org.SystemLogEventTypes().Should().Equal("user.account.privilege.grant");
    }

    [Fact]
    public async Task AssignToUser_IamBasedStandardRoleTwice_ConflictsWithE0000263()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var user = okta.Org.ManagedUserIds()[6];

        var (created, body) = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/users/{user}/roles", new { type = "ACCESS_CERTIFICATIONS_ADMIN" });
        var (again, conflict) = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/users/{user}/roles", new { type = "ACCESS_CERTIFICATIONS_ADMIN" });

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        body!["role"]!.GetValue<string>().Should().Be("ACCESS_CERTIFICATIONS_ADMIN");
        body["resource-set"]!.GetValue<string>().Should().Be("ACCESS_CERTIFICATIONS_IAM_POLICY");
        body["id"]!.GetValue<string>().Should().StartWith("irb");
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        conflict.ErrorCode().Should().Be("E0000263");
    }

    [Fact]
    public async Task AssignToUser_CustomRoleWithResourceSet_ReturnsBindingShape()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var user = okta.Org.ManagedUserIds()[7];
        var role = okta.Org.CustomRoleIds()[1];
        var set = okta.Org.ResourceSetIds()[1];

        var (created, body) = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/users/{user}/roles", new Dictionary<string, string> { ["type"] = "CUSTOM", ["role"] = role, ["resource-set"] = set });
        var (again, conflict) = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/users/{user}/roles", new Dictionary<string, string> { ["type"] = "CUSTOM", ["role"] = role, ["resource-set"] = set });

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        body!["role"]!.GetValue<string>().Should().Be(role);
        body["resource-set"]!.GetValue<string>().Should().Be(set);
        body["_links"]!["member"]!["href"]!.GetValue<string>().Should().Contain($"/bindings/{role}/members/");
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        conflict.ErrorCode().Should().Be("E0000090");
    }

    [Theory]
    [InlineData("{\"type\":\"NOT_A_ROLE\"}", 400, "E0000001")]
    [InlineData("{}", 400, "E0000001")]
    [InlineData("{\"type\":\"CUSTOM\"}", 400, "E0000001")]
    [InlineData("{\"type\":\"CUSTOM\",\"role\":\"cr0missing\",\"resource-set\":\"iammissing\"}", 404, "E0000007")]
    [InlineData("{\"type\": ", 400, "E0000003")]
    public async Task AssignToUser_BadBody_IsRefused(string json, int status, string errorCode)
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        var response = await client.PostAsync($"/api/v1/users/{okta.Org.TokenOwnerId}/roles", content);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync());

        ((int)response.StatusCode).Should().Be(status);
        body.ErrorCode().Should().Be(errorCode);
    }

    [Fact]
    public async Task ListForUser_MemberOfGroupWithRoles_ShowsInheritedAssignmentsAsGroup()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var group = okta.Org.Fixtures["managed-group"];
        var member = okta.Org.GetGroupMemberIds(group).First(id => okta.Org.FindUser(id)!.IsManaged);

        var (_, roles) = await client.GetJsonAsync($"/api/v1/users/{member}/roles");

        var inherited = roles!.AsArray().Where(r => r!["assignmentType"]!.GetValue<string>() == "GROUP").ToList();
        inherited.Should().ContainSingle(r => r!["type"]!.GetValue<string>() == "READ_ONLY_ADMIN");
        inherited.Should().OnlyContain(r => r!["_links"]!["assignee"]!["href"]!.GetValue<string>().EndsWith("/api/v1/groups/" + group, StringComparison.Ordinal));
        okta.Org.GetUserRoles(member).Select(r => r.Id).Should().BeEquivalentTo(roles.AsArray().Select(r => r!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task UnassignFromUser_DirectThenAbsentThenInherited()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var group = okta.Org.Fixtures["managed-group"];
        var user = okta.Org.TokenOwnerId;
        var direct = okta.Org.AssignUserRole(user, "REPORT_ADMIN");
        var inherited = okta.Org.GetGroupRoles(group).First().Id;

        var (removed, _) = await client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/users/{user}/roles/{direct}");
        var (absent, absentBody) = await client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/users/{user}/roles/{direct}");
        var (viaGroup, _) = await client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/users/{user}/roles/{inherited}");

        removed.StatusCode.Should().Be(HttpStatusCode.NoContent);
        absent.StatusCode.Should().Be(HttpStatusCode.NotFound);
        absentBody.ErrorCode().Should().Be("E0000007");
        viaGroup.StatusCode.Should().Be(HttpStatusCode.NotFound, "a group assignment can only be removed on the group");
        okta.Org.GetGroupRoles(group).Should().Contain(r => r.Id == inherited);
    }

    [Fact]
    public async Task GetForUser_KnownAndUnknownAssignment()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var user = okta.Org.TokenOwnerId;
        var assignment = okta.Org.GetUserRoles(user).First(r => r.AssignmentType == "USER");

        var (found, body) = await client.GetJsonAsync($"/api/v1/users/{user}/roles/{assignment.Id}");
        var (missing, _) = await client.GetJsonAsync($"/api/v1/users/{user}/roles/ra000000000000000000");

        found.StatusCode.Should().Be(HttpStatusCode.OK);
        body!["type"]!.GetValue<string>().Should().Be(assignment.Type);
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AssignToGroup_Returns200AndMembersInheritIt()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var group = okta.Org.Fixtures["customer-group"];
        var member = okta.Org.GetGroupMemberIds(group)[0];

        var (created, body) = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/groups/{group}/roles", new { type = "HELP_DESK_ADMIN" });
        var (again, conflict) = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/groups/{group}/roles", new { type = "HELP_DESK_ADMIN" });
        var (_, list) = await client.GetJsonAsync($"/api/v1/groups/{group}/roles");
        var memberRoles = okta.Org.GetUserRoles(member);
        var (removed, _) = await client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/groups/{group}/roles/{body!["id"]!.GetValue<string>()}");

        created.StatusCode.Should().Be(HttpStatusCode.OK);
        body["assignmentType"]!.GetValue<string>().Should().Be("GROUP");
        body["id"]!.GetValue<string>().Should().StartWith("gra");
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        conflict.ErrorCode().Should().Be("E0000090");
        list!.AsArray().Should().ContainSingle();
        memberRoles.Should().ContainSingle(r => r.Type == "HELP_DESK_ADMIN" && r.AssignmentType == "GROUP" && r.AssigneeId == group);
        removed.StatusCode.Should().Be(HttpStatusCode.NoContent);
        okta.Org.GetGroupRoles(group).Should().BeEmpty();
        okta.Org.SystemLogEventTypes().Should().Equal("group.privilege.grant", "group.privilege.revoke");
    }

    [Fact]
    public async Task AssignToGroup_BuiltInGroup_IsRefusedWithE0000194()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();

        var (response, body) = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/groups/{okta.Org.Fixtures["everyone"]}/roles", new { type = "READ_ONLY_ADMIN" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        body.ErrorCode().Should().Be("E0000194");
    }
}
