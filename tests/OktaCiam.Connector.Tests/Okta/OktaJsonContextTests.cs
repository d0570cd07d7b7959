using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OktaCiam.Connector.Tests.Okta;

/// <summary>Every Okta example for the endpoints the connector calls parses with the connector's models.</summary>
public sealed class OktaJsonContextTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Okta");

    public static TheoryData<string> Examples => new(Directory.GetFiles(Fixtures, "*.json").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Deserialize_OktaExample_Parses(string file)
    {
        var json = File.ReadAllText(Path.Combine(Fixtures, file));
        var operation = file.Split('.')[0];

        var parsed = operation switch
        {
            "listUsers" or "listGroupUsers" => Parse(json, OktaJsonContext.Default.ListOktaUser).Cast<object>().ToList(),
            "getUser" => [Parse(json, OktaJsonContext.Default.OktaUser)],
            "listGroups" or "listUserGroups" => Parse(json, OktaJsonContext.Default.ListOktaGroup).Cast<object>().ToList(),
            "getGroup" => [Parse(json, OktaJsonContext.Default.OktaGroup)],
            "listAssignedRolesForUser" or "listGroupAssignedRoles" => Parse(json, OktaJsonContext.Default.ListOktaRoleAssignment).Cast<object>().ToList(),
            "getUserAssignedRole" or "assignRoleToUser" or "assignRoleToGroup" => [Parse(json, OktaJsonContext.Default.OktaRoleAssignment)],
            "listRoles" => Parse(json, OktaJsonContext.Default.OktaCustomRoleList).Roles!.Cast<object>().ToList(),
            "getRole" => [Parse(json, OktaJsonContext.Default.OktaCustomRole)],
            "listResourceSets" => Parse(json, OktaJsonContext.Default.OktaResourceSetList).ResourceSets!.Cast<object>().ToList(),
            "getResourceSet" => [Parse(json, OktaJsonContext.Default.OktaResourceSet)],
            "listUsersWithRoleAssignments" => Parse(json, OktaJsonContext.Default.OktaRoleAssigneeList).Value!.Cast<object>().ToList(),
            "getUserSchema" or "getGroupSchema" => [Parse(json, OktaJsonContext.Default.OktaSchema)],
            "listLogEvents" when file.Contains("ChangeDetails", StringComparison.Ordinal) => [Parse(json, OktaJsonContext.Default.OktaLogChangeDetails)],
            "listLogEvents" when json.TrimStart().StartsWith('{') => [Parse(json, OktaJsonContext.Default.OktaLogEvent)],
            "listLogEvents" => Parse(json, OktaJsonContext.Default.ListOktaLogEvent).Cast<object>().ToList(),
            "error" => [OktaErrorBody.Parse(File.ReadAllBytes(Path.Combine(Fixtures, file)))],
            _ => throw new InvalidOperationException($"No model is mapped to the example {file}: map it, or drop the file if the connector does not call that endpoint."),
        };

        parsed.Should().NotBeEmpty().And.NotContainNulls();
    }

    [Fact]
    public void Deserialize_UserExample_KeepsEveryProfileValueAsJson()
    {
        var user = Parse(Read("getUser.200.GetUserExample.json"), OktaJsonContext.Default.OktaUser);

        user.Id.Should().Be("00ub0oNGTSWTBKOLGLNR");
        user.Status.Should().Be("ACTIVE");
        user.Login.Should().Be("isaac.brock@example.com");
        user.Profile!["costCenter"].GetString().Should().Be("10");
        user.LastUpdated.Should().Be(new DateTimeOffset(2013, 7, 2, 21, 36, 25, 344, TimeSpan.Zero));
    }

    [Fact]
    public void Deserialize_CustomRoleAssignment_ReadsRoleAndResourceSet()
    {
        var roles = Parse(Read("listAssignedRolesForUser.200.Custom_roles.json"), OktaJsonContext.Default.ListOktaRoleAssignment);

        var custom = roles.First(r => r.Type == "CUSTOM");
        custom.Role.Should().Be("cr0Yq6IJxGIr0ouum0g3");
        custom.ResourceSet.Should().Be("iamoJDFKaJxGIr0oamd9g");
        roles.Should().Contain(r => r.AssignmentType == "GROUP");
    }

    [Fact]
    public void Deserialize_IamLists_ExposeTheBodyNextLink()
    {
        IOktaBodyList<OktaCustomRole> roles = Parse(Read("listRoles.200.Example_Response.json"), OktaJsonContext.Default.OktaCustomRoleList);
        IOktaBodyList<OktaRoleAssignee> assignees = Parse(Read("listUsersWithRoleAssignments.200.User_List.json"), OktaJsonContext.Default.OktaRoleAssigneeList);

        roles.NextHref.Should().Be("https://{yourOktaDomain}/api/v1/iam/roles?after=cr0Fw7HKcWIroo88m3r1");
        assignees.Items.Should().ContainSingle().Which.Id.Should().Be("00u118oQYT4TBGuay0g4");
        assignees.NextHref.Should().EndWith("/api/v1/iam/assignees/users?after=00u118oQYT4TBGuay0g4&limit=1");
    }

    [Fact]
    public void Deserialize_GroupWithLogoArrayLinks_Parses()
    {
        var groups = Parse(Read("listGroups.200.ListGroupsExample.json"), OktaJsonContext.Default.ListOktaGroup);

        groups.Select(g => g.Type).Should().Equal("OKTA_GROUP", "APP_GROUP");
        groups[0].Name.Should().Be("West Coast users");
    }

    [Fact]
    public void Deserialize_UnknownMembersAndNewEnumValues_AreIgnoredOrKept()
    {
        var user = Parse("""{"id":"00u1","status":"SOMETHING_NEW","brandNewField":{"a":[1,2]},"profile":{"opal_okta_ciam_managed":true,"n":1.5}}""", OktaJsonContext.Default.OktaUser);

        user.Status.Should().Be("SOMETHING_NEW");
        OktaProfile.IsTrue(user.Profile, "opal_okta_ciam_managed").Should().BeTrue();
    }

    private static string Read(string file) => File.ReadAllText(Path.Combine(Fixtures, file));

    private static T Parse<T>(string json, JsonTypeInfo<T> typeInfo) => JsonSerializer.Deserialize(json, typeInfo)!;
}
