using System.Globalization;
using System.Net;
using System.Text.Json;
using OktaCiam.Connector.Tests.Okta;

namespace OktaCiam.Connector.Tests.Provisioning;

/// <summary>A small in-memory Okta behind <see cref="OktaClientHarness"/>: users, groups, memberships, role assignments and schemas, for unit tests of writes and validation.</summary>
internal sealed class StubOkta
{
    public const string Attribute = OktaCiamOptions.DefaultManagedAttribute;

    private int _nextAssignment;

    public Dictionary<string, StubUser> Users { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, StubGroup> Groups { get; } = new(StringComparer.Ordinal);

    public HashSet<(string GroupId, string UserId)> Members { get; } = [];

    public List<StubRole> Roles { get; } = [];

    /// <summary>Gets or sets the id of the user who owns the API token, or null to answer 404 to /users/me.</summary>
    public string? MeId { get; set; }

    /// <summary>Gets or sets the page size of <c>/users/{id}/groups</c>; 0 for one page.</summary>
    public int UserGroupsPageSize { get; set; }

    public string? UserSchemaAttributeType { get; set; } = "\"boolean\"";

    public string? GroupSchemaAttributeType { get; set; } = "\"boolean\"";

    /// <summary>Gets or sets the answer to searches; null to evaluate them.</summary>
    public Func<OktaStubRequest, HttpResponseMessage>? SearchOverride { get; set; }

    /// <summary>Gets or sets a hook that may answer any request before the stub does.</summary>
    public Func<OktaStubRequest, HttpResponseMessage?>? Before { get; set; }

    /// <summary>Gets or sets rate-limit headers added to every answer: (limit, remaining).</summary>
    public (int Limit, int Remaining)? RateLimit { get; set; }

    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public StubUser AddUser(string id, string managedJson = "true", string status = "ACTIVE")
    {
        var user = new StubUser(id, $"{id}@example.com", managedJson) { Status = status };
        Users[id] = user;
        return user;
    }

    public StubGroup AddGroup(string id, string managedJson = "true", string type = "OKTA_GROUP")
    {
        var group = new StubGroup(id, managedJson, type);
        Groups[id] = group;
        return group;
    }

    public StubRole AddRole(string principalId, string type, string? role = null, string? resourceSet = null, string assignmentType = "USER")
    {
        var assignment = new StubRole($"ra{++_nextAssignment:D4}", principalId, type, role, resourceSet, assignmentType);
        Roles.Add(assignment);
        return assignment;
    }

    public HttpResponseMessage Respond(OktaStubRequest request)
    {
        var response = Before?.Invoke(request) ?? Route(request);
        if (RateLimit is { } limit)
        {
            var now = Clock.GetUtcNow();
            response.WithRateLimit(limit.Limit, limit.Remaining, now.AddSeconds(60), now);
        }

        return response;
    }

    private static HttpResponseMessage NotFound() => OktaResponses.Error(HttpStatusCode.NotFound, "E0000007", "Not found");

    private HttpResponseMessage Route(OktaStubRequest request)
    {
        var path = request.Uri.AbsolutePath;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        var method = request.Method.Method;
        var query = request.Uri.Query;
        if (segments.Length < 3 || segments[0] != "api" || segments[1] != "v1")
        {
            return NotFound();
        }

        var rest = segments[2..];
        return (method, rest) switch
        {
            ("GET", ["users"]) => ListUsers(request, query),
            ("GET", ["users", "me"]) => MeId is { } me && FindUser(me) is { } owner ? OktaResponses.Json(owner.Json()) : NotFound(),
            ("GET", ["users", var id]) => FindUser(id) is { } user ? OktaResponses.Json(user.Json()) : NotFound(),
            ("GET", ["users", var id, "groups"]) => UserGroups(id, query),
            ("GET", ["users", var id, "roles"]) => FindUser(id) is { } user ? OktaResponses.Json(RolesJson(user.Id)) : NotFound(),
            ("POST", ["users", var id, "roles"]) => Assign(id, request.Body),
            ("DELETE", ["users", var id, "roles", var assignment]) => Unassign(id, assignment),
            ("POST", ["users", var id, "lifecycle", "deactivate"]) => Deactivate(id),
            ("DELETE", ["users", var id]) => DeleteUser(id),
            ("GET", ["groups"]) => ListGroups(request, query),
            ("GET", ["groups", var id]) => Groups.TryGetValue(id, out var group) ? OktaResponses.Json(group.Json()) : NotFound(),
            ("PUT", ["groups", var gid, "users", var uid]) => SetMember(gid, uid, true),
            ("DELETE", ["groups", var gid, "users", var uid]) => SetMember(gid, uid, false),
            ("GET", ["groups", var id, "roles"]) => Groups.ContainsKey(id) ? OktaResponses.Json(RolesJson(id)) : NotFound(),
            ("POST", ["groups", var id, "roles"]) => Assign(id, request.Body),
            ("DELETE", ["groups", var id, "roles", var assignment]) => Unassign(id, assignment),
            ("GET", ["meta", "schemas", "user", "default"]) => OktaResponses.Json(SchemaJson(UserSchemaAttributeType)),
            ("GET", ["meta", "schemas", "group", "default"]) => OktaResponses.Json(SchemaJson(GroupSchemaAttributeType)),
            ("GET", ["iam", "roles"]) => OktaResponses.Json("""{"roles":[],"_links":{}}"""),
            _ => NotFound(),
        };
    }

    private StubUser? FindUser(string idOrLogin) =>
        Users.TryGetValue(idOrLogin, out var user) ? user : Users.Values.FirstOrDefault(u => u.Login == idOrLogin);

    private HttpResponseMessage ListUsers(OktaStubRequest request, string query)
    {
        if (query.Contains("search=", StringComparison.Ordinal) && SearchOverride is { } search)
        {
            return search(request);
        }

        var users = Users.Values.Where(u => !query.Contains("search=", StringComparison.Ordinal) || u.ManagedJson == "true");
        return OktaResponses.Json("[" + string.Join(",", users.Select(u => u.Json())) + "]");
    }

    private HttpResponseMessage ListGroups(OktaStubRequest request, string query)
    {
        if (query.Contains("search=", StringComparison.Ordinal) && SearchOverride is { } search)
        {
            return search(request);
        }

        var groups = Groups.Values.Where(g => !query.Contains("search=", StringComparison.Ordinal) || g.ManagedJson == "true");
        return OktaResponses.Json("[" + string.Join(",", groups.Select(g => g.Json())) + "]");
    }

    private HttpResponseMessage UserGroups(string id, string query)
    {
        if (FindUser(id) is not { } user)
        {
            return NotFound();
        }

        var groups = Members.Where(m => m.UserId == user.Id).Select(m => Groups[m.GroupId]).ToList();
        if (UserGroupsPageSize <= 0)
        {
            return OktaResponses.Json("[" + string.Join(",", groups.Select(g => g.Json())) + "]");
        }

        var after = query.Contains("after=", StringComparison.Ordinal) ? int.Parse(query.Split("after=")[1], CultureInfo.InvariantCulture) : 0;
        var page = groups.Skip(after).Take(UserGroupsPageSize).ToList();
        var response = OktaResponses.Json("[" + string.Join(",", page.Select(g => g.Json())) + "]");
        return after + UserGroupsPageSize < groups.Count
            ? response.WithNext($"{OktaClientHarness.OrgUrl}/api/v1/users/{user.Id}/groups?after={after + UserGroupsPageSize}")
            : response;
    }

    private HttpResponseMessage SetMember(string groupId, string userId, bool add)
    {
        if (!Groups.ContainsKey(groupId) || !Users.ContainsKey(userId))
        {
            return NotFound();
        }

        if (add)
        {
            Members.Add((groupId, userId));
        }
        else
        {
            Members.Remove((groupId, userId));
        }

        return OktaResponses.NoContent();
    }

    private HttpResponseMessage Assign(string principalId, string? body)
    {
        using var document = JsonDocument.Parse(body!);
        var type = document.RootElement.GetProperty("type").GetString()!;
        var role = document.RootElement.TryGetProperty("role", out var r) ? r.GetString() : null;
        var set = document.RootElement.TryGetProperty("resource-set", out var s) ? s.GetString() : null;
        if (Roles.Any(a => a.PrincipalId == principalId && a.Type == type && a.Role == role && a.ResourceSet == set && a.AssignmentType != "GROUP"))
        {
            return OktaResponses.Error(HttpStatusCode.Conflict, "E0000090", "Duplicate role assignment exception");
        }

        var assignment = AddRole(principalId, type, role, set, Groups.ContainsKey(principalId) ? "GROUP" : "USER");
        return OktaResponses.Json(assignment.Json(), HttpStatusCode.Created);
    }

    private HttpResponseMessage Unassign(string principalId, string assignmentId)
    {
        var removed = Roles.RemoveAll(a => a.PrincipalId == principalId && a.Id == assignmentId);
        return removed == 0 ? NotFound() : OktaResponses.NoContent();
    }

    private HttpResponseMessage Deactivate(string id)
    {
        if (FindUser(id) is not { } user)
        {
            return NotFound();
        }

        user.Status = "DEPROVISIONED";
        return OktaResponses.Json("{}");
    }

    private HttpResponseMessage DeleteUser(string id)
    {
        if (FindUser(id) is not { } user)
        {
            return NotFound();
        }

        if (user.Status == "DEPROVISIONED")
        {
            Users.Remove(user.Id);
        }
        else
        {
            user.Status = "DEPROVISIONED";
        }

        return OktaResponses.NoContent();
    }

    private string RolesJson(string principalId) =>
        "[" + string.Join(",", Roles.Where(a => a.PrincipalId == principalId).Select(a => a.Json())) + "]";

    private static string SchemaJson(string? attributeType) => attributeType is null
        ? """{"id":"#schema","definitions":{"custom":{"id":"#custom","type":"object","properties":{}}}}"""
        : "{\"id\":\"#schema\",\"definitions\":{\"custom\":{\"id\":\"#custom\",\"type\":\"object\",\"properties\":{\"" + Attribute + "\":{\"title\":\"Managed\",\"type\":" + attributeType + "}}}}}";
}
