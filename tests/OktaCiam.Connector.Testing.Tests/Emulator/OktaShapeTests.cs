using System.Text.Json.Nodes;

namespace OktaCiam.Connector.Testing.Tests.Emulator;

/// <summary>Every member of Okta's own examples must appear in the emulator's answers (profile contents and the examples' typo keys aside).</summary>
public sealed class OktaShapeTests : IAsyncLifetime
{
    private OktaEmulator _okta = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _okta = await OktaEmulator.StartAsync();
        _client = _okta.Client();
        var group = _okta.Org.Fixtures["managed-group"];
        await _client.SendJsonAsync(HttpMethod.Put, $"/api/v1/groups/{group}/users/{_okta.Org.ManagedUserIds()[1]}");
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _okta.DisposeAsync();
    }

    [Fact]
    public async Task User_HasEveryMemberOfOktasExample()
    {
        var user = _okta.Org.EnumerateUsers().First(u => u.Status == "ACTIVE" && u.ProfileJson.Contains("userType\":\"Customer", StringComparison.Ordinal));
        var (_, body) = await _client.GetJsonAsync("/api/v1/users/" + user.Id);

        var missing = Missing(Example("getUser.200.GetUserExample.json"), body!, ignore: ["profile", "credentials.recovery_question"]);

        missing.Should().BeEmpty();
    }

    [Fact]
    public async Task Group_HasEveryMemberOfOktasExamples()
    {
        var (_, okta) = await _client.GetJsonAsync("/api/v1/groups/" + _okta.Org.Fixtures["managed-group"]);
        var (_, app) = await _client.GetJsonAsync("/api/v1/groups/" + _okta.Org.Fixtures["managed-app-group"]);

        Missing(Example("getGroup.200.GroupExample.json"), okta!, ignore: ["profile"]).Should().BeEmpty();
        Missing(Example("listGroups.200.ListGroupsExample.json")[1]!, app!, ignore: ["profile.objectSid", "profile.externalId"]).Should().BeEmpty();
    }

    [Fact]
    public async Task RoleAssignments_HaveEveryMemberOfOktasExamples()
    {
        var user = _okta.Org.ManagedUserIds()[2];
        var group = _okta.Org.Fixtures["customer-group"];
        var (_, standard) = await _client.SendJsonAsync(HttpMethod.Post, $"/api/v1/users/{user}/roles", new { type = "SUPER_ADMIN" });
        var custom = new Dictionary<string, string> { ["type"] = "CUSTOM", ["role"] = _okta.Org.CustomRoleIds()[0], ["resource-set"] = _okta.Org.ResourceSetIds()[0] };
        var (_, customBody) = await _client.SendJsonAsync(HttpMethod.Post, $"/api/v1/users/{user}/roles", custom);
        var (_, iam) = await _client.SendJsonAsync(HttpMethod.Post, $"/api/v1/users/{user}/roles", new { type = "WORKFLOWS_ADMIN" });
        var (_, groupCustom) = await _client.SendJsonAsync(HttpMethod.Post, $"/api/v1/groups/{group}/roles", custom);

        Missing(Example("assignRoleToUser.201.Standard_roles.json"), standard!).Should().BeEmpty();
        Missing(Example("assignRoleToUser.201.Custom_roles.json"), customBody!).Should().BeEmpty();
        Missing(Example("assignRoleToUser.201.IAM-based_standard_roles.json"), iam!).Should().BeEmpty();
        Missing(Example("assignRoleToGroup.200.Custom_roles.json"), groupCustom!).Should().BeEmpty();
    }

    [Theory]
    [InlineData("listRoles.200.Example_Response.json", "/api/v1/iam/roles?limit=1")]
    [InlineData("listResourceSets.200.Example_Response.json", "/api/v1/iam/resource-sets?limit=1")]
    [InlineData("listUsersWithRoleAssignments.200.User_List.json", "/api/v1/iam/assignees/users?limit=1")]
    [InlineData("error.ErrorResourceNotFound.json", "/api/v1/users/00u0000000000000000X")]
    [InlineData("getUserSchema.200.Response_using_default_with_a_subset_of_properties_for_brevity.json", "/api/v1/meta/schemas/user/default")]
    [InlineData("getGroupSchema.200.Response_with_a_subset_of_properties_for_brevity.json", "/api/v1/meta/schemas/group/default")]
    public async Task Lists_HaveEveryMemberOfOktasExamples(string example, string url)
    {
        var (_, body) = await _client.GetJsonAsync(url);

        Missing(Example(example), body!, ignore: ["descripton", "definitions.custom.properties.groupContact.master", "definitions.base.properties.firstName", "definitions.base.properties.lastName", "definitions.base.properties.email"]).Should().BeEmpty();
    }

    [Fact]
    public async Task BindingsAndMembers_HaveEveryMemberOfOktasExamples()
    {
        var role = _okta.Org.CustomRoleIds()[0];
        var set = _okta.Org.ResourceSetIds()[0];
        _okta.Org.AssignUserRole(_okta.Org.TokenOwnerId, "CUSTOM", role, set);
        var (_, bindings) = await _client.GetJsonAsync($"/api/v1/iam/resource-sets/{set}/bindings");
        var (_, members) = await _client.GetJsonAsync($"/api/v1/iam/resource-sets/{set}/bindings/{role}/members");

        Missing(Example("listBindings.200.Example_Response.json"), bindings!, ignore: ["_links.next"]).Should().BeEmpty();
        Missing(Example("listMembersOfBinding.200.Example_Response.json"), members!).Should().BeEmpty();
    }

    [Fact]
    public async Task LogEvent_HasEveryTopLevelMemberOfOktasExample()
    {
        var (_, body) = await _client.GetJsonAsync("/api/v1/logs");

        var example = Example("listLogEvents.200.ListLogs.json")[0]!.AsObject().Select(p => p.Key);
        body!.AsArray()[0]!.AsObject().Select(p => p.Key).Should().Contain(example);
    }

    private static JsonNode Example(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "OktaExamples", name)))!;

    private static List<string> Missing(JsonNode example, JsonNode actual, string[]? ignore = null)
    {
        var missing = new List<string>();
        Walk(example, actual, string.Empty);
        return missing;

        void Walk(JsonNode? expected, JsonNode? got, string path)
        {
            if (ignore?.Contains(path.TrimStart('.')) == true)
            {
                return;
            }

            switch (expected)
            {
                case JsonObject obj:
                    if (got is not JsonObject gotObj)
                    {
                        missing.Add(path + " (object)");
                        return;
                    }

                    foreach (var (key, value) in obj)
                    {
                        if (key.Contains('"', StringComparison.Ordinal) || key.Contains(' ', StringComparison.Ordinal))
                        {
                            continue;
                        }

                        if (!gotObj.ContainsKey(key))
                        {
                            if (ignore?.Contains((path + "." + key).TrimStart('.')) != true)
                            {
                                missing.Add((path + "." + key).TrimStart('.'));
                            }

                            continue;
                        }

                        Walk(value, gotObj[key], path + "." + key);
                    }

                    break;
                case JsonArray array when array.Count > 0 && got is JsonArray gotArray && gotArray.Count > 0:
                    Walk(array[0], gotArray[0], path + "[]");
                    break;
                default:
                    break;
            }
        }
    }
}
