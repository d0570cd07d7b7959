using System.Net;
using System.Text.Json.Nodes;

namespace OktaCiam.Connector.Testing.Tests.Emulator.Http;

public sealed class IamEndpointsTests
{
    [Fact]
    public async Task Roles_ManyCustomRoles_PageThroughBodyLinksOnTheAdminHost()
    {
        await using var okta = await EmulatorHarness.StartAsync(new OktaEmulatorSeed { CustomRoles = 45 });
        using var client = okta.Client();

        var ids = new List<string>();
        var hosts = new List<string>();
        string? next = "/api/v1/iam/roles";
        while (next is not null)
        {
            var (response, body) = await client.GetJsonAsync(next);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            ids.AddRange(body!["roles"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()));
            var href = body["_links"]!["next"]?["href"]?.GetValue<string>();
            if (href is not null)
            {
                var uri = new Uri(href);
                hosts.Add(uri.Host);
                next = uri.PathAndQuery;
            }
            else
            {
                next = null;
            }
        }

        ids.Should().Equal(okta.Org.CustomRoleIds());
        ids.Should().HaveCount(45).And.OnlyContain(id => id.StartsWith("cr0", StringComparison.Ordinal));
        hosts.Should().HaveCount(2).And.OnlyContain(h => h == okta.AdminBaseUrl.Host);
        okta.AdminBaseUrl.Host.Should().EndWith("-admin.invalid");
    }

    [Fact]
    public async Task ResourceSets_ListAndGet_HaveOktaShape()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var id = okta.Org.ResourceSetIds()[0];

        var (_, list) = await client.GetJsonAsync("/api/v1/iam/resource-sets?limit=1");
        var (_, one) = await client.GetJsonAsync("/api/v1/iam/resource-sets/" + id);
        var (missing, _) = await client.GetJsonAsync("/api/v1/iam/resource-sets/iamNope");

        list!["resource-sets"]!.AsArray().Should().ContainSingle();
        list["_links"]!["next"]!["href"]!.GetValue<string>().Should().StartWith(okta.AdminBaseUrl.GetLeftPart(UriPartial.Authority) + "/api/v1/iam/resource-sets?after=").And.Contain("limit=1");
        one!["id"]!.GetValue<string>().Should().Be(id).And.StartWith("iam");
        one["_links"]!["bindings"]!["href"]!.GetValue<string>().Should().EndWith($"/api/v1/iam/resource-sets/{id}/bindings");
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Role_ByIdOrLabel_IsFound()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var id = okta.Org.CustomRoleIds()[0];

        var (_, byId) = await client.GetJsonAsync("/api/v1/iam/roles/" + id);
        var (_, byLabel) = await client.GetJsonAsync("/api/v1/iam/roles/" + Uri.EscapeDataString(byId!["label"]!.GetValue<string>()));

        byLabel!["id"]!.GetValue<string>().Should().Be(id);
    }

    [Fact]
    public async Task BindingsAndMembers_ListWhoHoldsACustomRole()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var role = okta.Org.CustomRoleIds()[0];
        var set = okta.Org.ResourceSetIds()[0];
        var group = okta.Org.Fixtures["customer-group"];
        var user = okta.Org.TokenOwnerId;
        var userAssignment = okta.Org.AssignUserRole(user, "CUSTOM", role, set);
        var groupAssignment = okta.Org.AssignGroupRole(group, "CUSTOM", role, set);

        var (_, bindings) = await client.GetJsonAsync($"/api/v1/iam/resource-sets/{set}/bindings");
        var (_, members) = await client.GetJsonAsync($"/api/v1/iam/resource-sets/{set}/bindings/{role}/members");

        bindings!["roles"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).Should().Contain(role);
        var entries = members!["members"]!.AsArray();
        entries.Select(m => m!["id"]!.GetValue<string>()).Should().Contain([userAssignment, groupAssignment]);
        entries.Single(m => m!["id"]!.GetValue<string>() == groupAssignment)!["_links"]!["self"]!["href"]!.GetValue<string>().Should().EndWith("/api/v1/groups/" + group);
        entries.Single(m => m!["id"]!.GetValue<string>() == userAssignment)!["_links"]!["self"]!["href"]!.GetValue<string>().Should().EndWith("/api/v1/users/" + user);
    }

    [Fact]
    public async Task Assignees_ListUsersHoldingRolesDirectlyOrThroughGroups_CustomersIncluded()
    {
        await using var okta = await EmulatorHarness.StartAsync(new OktaEmulatorSeed { ManagedUsers = 40, Customers = 500, CustomersPerManagedGroup = 2 });
        using var client = okta.Client();

        var ids = new List<string>();
        string? next = "/api/v1/iam/assignees/users?limit=5";
        var pages = 0;
        while (next is not null)
        {
            var (_, body) = await client.GetJsonAsync(next);
            pages++;
            var value = body!["value"]!.AsArray();
            value.Should().OnlyContain(v => v!["orn"]!.GetValue<string>().StartsWith("orn:okta:00o", StringComparison.Ordinal) && v["_links"]!["roles"] != null);
            ids.AddRange(value.Select(v => v!["id"]!.GetValue<string>()));
            next = body["_links"]!["next"]?["href"]?.GetValue<string>() is { } href ? new Uri(href).PathAndQuery : null;
        }

        var expected = okta.Org.EnumerateUsers().Where(u => okta.Org.GetUserRoles(u.Id).Count > 0).Select(u => u.Id);
        ids.Should().BeEquivalentTo(expected);
        ids.Should().Contain(okta.Org.Fixtures["customer-with-role"]);
        ids.Should().Contain(okta.Org.Fixtures["customer-string-true"], "a customer inside a managed group with a role inherits it");
        pages.Should().BeGreaterThan(2);
    }

    [Fact]
    public async Task Roles_NextLinkBaseUrlOverride_NamesThatHost()
    {
        await using var okta = await EmulatorHarness.StartAsync(new OktaEmulatorSeed { CustomRoles = 3 });
        using var client = okta.Client();
        okta.Faults.NextLinkBaseUrl = new Uri("https://attacker.example/");

        var (_, body) = await client.GetJsonAsync("/api/v1/iam/roles?limit=1");

        body!["_links"]!["next"]!["href"]!.GetValue<string>().Should().StartWith("https://attacker.example/api/v1/iam/roles?after=");
        JsonNode.Parse(body.ToJsonString()).Should().NotBeNull();
    }
}
