using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Web;
using OktaCiam.Connector.Tests.Okta;

namespace OktaCiam.Connector.Tests.Reading;

/// <summary>
/// A small in-memory Okta behind the stub handler, for reader unit tests: users, groups, members and roles with search
/// (over a separately held, possibly stale index), filter, plain lists, Link paging, IAM body paging and fault hooks.
/// </summary>
internal sealed class FakeOkta
{
    public const string Attribute = "opal_okta_ciam_managed";
    public const string Host = "https://acme.okta.com";

    private readonly List<FakeUser> _users = [];
    private readonly List<FakeGroup> _groups = [];

    public FakeOkta(DateTimeOffset now)
    {
        Now = now;
    }

    public DateTimeOffset Now { get; set; }

    /// <summary>Gets or sets a hook that may answer a request before the fake does (fault injection).</summary>
    public Func<OktaStubRequest, HttpResponseMessage?>? Intercept { get; set; }

    /// <summary>Gets or sets whether search also matches the string "true", like Okta's text index can.</summary>
    public bool LooseSearch { get; set; } = true;

    public List<(string Id, string Label)> CustomRoles { get; } = [];

    public List<(string Id, string Label)> ResourceSets { get; } = [];

    public static string Managed(string login, string extra = "") =>
        $$"""{"login":"{{login}}","email":"{{login}}","firstName":"Ann","lastName":"Lee","mobilePhone":"+1 555","{{Attribute}}":true{{extra}}}""";

    public static string Customer(string login, string value = "false") =>
        $$"""{"login":"{{login}}","email":"{{login}}","firstName":"Cus","lastName":"Tomer","{{Attribute}}":{{value}}}""";

    public FakeUser AddUser(string id, string profile, string status = "ACTIVE", TimeSpan? age = null)
    {
        var user = new FakeUser(id) { Status = status, Profile = profile, LastUpdated = Now - (age ?? TimeSpan.FromDays(30)) };
        user.Indexed = user.Profile;
        _users.Add(user);
        return user;
    }

    public FakeGroup AddGroup(string id, string name, bool managed, string type = "OKTA_GROUP", TimeSpan? age = null)
    {
        var profile = managed
            ? $$"""{"name":"{{name}}","description":"{{name}} group","{{Attribute}}":true}"""
            : $$"""{"name":"{{name}}","description":"customers"}""";
        var group = new FakeGroup(id) { Type = type, Profile = profile, LastUpdated = Now - (age ?? TimeSpan.FromDays(30)) };
        group.Indexed = group.Profile;
        _groups.Add(group);
        return group;
    }

    public FakeUser User(string id) => _users.Single(u => u.Id == id);

    public HttpResponseMessage Respond(OktaStubRequest request)
    {
        if (Intercept?.Invoke(request) is { } intercepted)
        {
            return intercepted;
        }

        var path = request.Uri.AbsolutePath;
        var query = HttpUtility.ParseQueryString(request.Uri.Query);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return (segments.Length, segments.ElementAtOrDefault(2), segments.ElementAtOrDefault(4)) switch
        {
            (3, "users", _) => ListUsers(query),
            (4, "users", _) => Get(_users.FirstOrDefault(u => u.Id == Uri.UnescapeDataString(segments[3]))),
            (5, "users", "roles") => UserRoles(Uri.UnescapeDataString(segments[3])),
            (3, "groups", _) => ListGroups(query),
            (4, "groups", _) => Get(_groups.FirstOrDefault(g => g.Id == Uri.UnescapeDataString(segments[3]))),
            (5, "groups", "users") => Members(Uri.UnescapeDataString(segments[3]), query),
            (5, "groups", "roles") => GroupRoles(Uri.UnescapeDataString(segments[3])),
            (4, "iam", _) when segments[3] == "roles" => IamList("roles", CustomRoles),
            (5, "iam", _) when segments[3] == "roles" => CustomRoles.Any(r => r.Id == segments[4])
                ? OktaResponses.Json(Labelled(CustomRoles.Single(r => r.Id == segments[4])))
                : NotFound(),
            (4, "iam", _) when segments[3] == "resource-sets" => IamList("resource-sets", ResourceSets),
            (5, "iam", _) when segments[3] == "assignees" => Assignees(query),
            _ => NotFound(),
        };
    }

    private static HttpResponseMessage NotFound() => OktaResponses.Error(HttpStatusCode.NotFound, "E0000007", "Not found");

    private static string Labelled((string Id, string Label) item) => $$"""{"id":"{{item.Id}}","label":"{{item.Label}}","description":"{{item.Label}} role"}""";

    private static HttpResponseMessage Get(FakeRecord? record) => record is null ? NotFound() : OktaResponses.Json(record.Json(indexed: false));

    private static bool IsTrue(string profile, bool loose)
    {
        using var document = JsonDocument.Parse(profile);
        return document.RootElement.TryGetProperty(Attribute, out var value)
            && (value.ValueKind == JsonValueKind.True || (loose && value.ValueKind == JsonValueKind.String && value.GetString() == "true"));
    }

    private HttpResponseMessage ListUsers(System.Collections.Specialized.NameValueCollection query)
    {
        var search = query["search"];
        var filter = query["filter"];
        IEnumerable<FakeUser> rows;
        var indexed = false;
        if (search is not null)
        {
            if (search != $"profile.{Attribute} eq true")
            {
                return OktaResponses.Error(HttpStatusCode.BadRequest, "E0000031", "Invalid search");
            }

            indexed = true;
            rows = _users.Where(u => u.Indexed is not null && IsTrue(u.Indexed, LooseSearch));
        }
        else if (filter is not null)
        {
            rows = Filter(_users, filter);
        }
        else
        {
            rows = _users.Where(u => u.Status != "DEPROVISIONED");
        }

        return PageOf(rows.ToList(), query, "/api/v1/users", indexed);
    }

    private HttpResponseMessage ListGroups(System.Collections.Specialized.NameValueCollection query)
    {
        var search = query["search"];
        var filter = query["filter"];
        IEnumerable<FakeGroup> rows = _groups;
        var indexed = false;
        if (search is not null)
        {
            indexed = true;
            rows = _groups.Where(g => g.Indexed is not null && IsTrue(g.Indexed, LooseSearch));
        }
        else if (filter is not null)
        {
            rows = Filter(_groups, filter);
        }

        return PageOf(rows.ToList(), query, "/api/v1/groups", indexed);
    }

    private IEnumerable<T> Filter<T>(IEnumerable<T> rows, string filter)
        where T : FakeRecord
    {
        if (filter == "status eq \"DEPROVISIONED\"")
        {
            return rows.OfType<FakeUser>().Where(u => u.Status == "DEPROVISIONED").Cast<T>();
        }

        const string Prefix = "lastUpdated gt \"";
        if (filter.StartsWith(Prefix, StringComparison.Ordinal))
        {
            var bound = DateTimeOffset.Parse(filter[Prefix.Length..^1], CultureInfo.InvariantCulture);
            return rows.Where(r => r.LastUpdated > bound);
        }

        throw new InvalidOperationException($"FakeOkta does not understand filter {filter}");
    }

    private HttpResponseMessage Members(string groupId, System.Collections.Specialized.NameValueCollection query)
    {
        var group = _groups.FirstOrDefault(g => g.Id == groupId);
        return group is null ? NotFound() : PageOf(group.Members.Select(User).ToList(), query, $"/api/v1/groups/{groupId}/users", indexed: false);
    }

    private static HttpResponseMessage PageOf<T>(List<T> rows, System.Collections.Specialized.NameValueCollection query, string path, bool indexed)
        where T : FakeRecord
    {
        var limit = int.Parse(query["limit"] ?? "200", CultureInfo.InvariantCulture);
        var start = query["after"] is { } after ? int.Parse(after[1..], CultureInfo.InvariantCulture) : 0;
        var page = rows.Skip(start).Take(limit).ToList();
        var response = OktaResponses.Json("[" + string.Join(",", page.Select(r => r.Json(indexed))) + "]");
        if (start + limit < rows.Count)
        {
            var next = HttpUtility.ParseQueryString(string.Empty);
            foreach (var key in query.AllKeys)
            {
                if (key != "after")
                {
                    next[key] = query[key];
                }
            }

            next["after"] = "c" + (start + limit).ToString(CultureInfo.InvariantCulture);
            response.WithNext($"{Host}{path}?{next}");
        }

        return response;
    }

    private HttpResponseMessage IamList(string name, List<(string Id, string Label)> items) =>
        OktaResponses.Json($$$"""{"{{{name}}}":[{{{string.Join(",", items.Select(Labelled))}}}],"_links":{}}""");

    private IEnumerable<(FakeRole Role, string? ViaGroup)> RolesOf(FakeUser user) =>
        user.Roles.Select(r => (r, (string?)null))
            .Concat(_groups.Where(g => g.Members.Contains(user.Id)).SelectMany(g => g.Roles.Select(r => (r, (string?)g.Id))));

    private HttpResponseMessage Assignees(System.Collections.Specialized.NameValueCollection query)
    {
        var holders = _users.Where(u => RolesOf(u).Any()).Select(u => $$"""{"id":"{{u.Id}}","orn":"orn:okta:users:{{u.Id}}"}""").ToList();
        var limit = int.Parse(query["limit"] ?? "100", CultureInfo.InvariantCulture);
        var start = query["after"] is { } after ? int.Parse(after[1..], CultureInfo.InvariantCulture) : 0;
        var links = start + limit < holders.Count
            ? $$$""","_links":{"next":{"href":"https://acme-admin.okta.com/api/v1/iam/assignees/users?limit={{{limit}}}&after=c{{{start + limit}}}"}}"""
            : string.Empty;
        return OktaResponses.Json($$"""{"value":[{{string.Join(",", holders.Skip(start).Take(limit))}}]{{links}}}""");
    }

    private HttpResponseMessage UserRoles(string userId)
    {
        var user = _users.FirstOrDefault(u => u.Id == userId);
        return user is null
            ? NotFound()
            : OktaResponses.Json("[" + string.Join(",", RolesOf(user).Select(r => r.Role.Json(r.ViaGroup is null ? $"users/{userId}" : $"groups/{r.ViaGroup}", r.ViaGroup is null ? "USER" : "GROUP"))) + "]");
    }

    private HttpResponseMessage GroupRoles(string groupId)
    {
        var group = _groups.FirstOrDefault(g => g.Id == groupId);
        return group is null ? NotFound() : OktaResponses.Json("[" + string.Join(",", group.Roles.Select(r => r.Json($"groups/{groupId}", "GROUP"))) + "]");
    }
}
