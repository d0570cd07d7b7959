namespace OktaCiam.Connector.Testing;

/// <summary>Okta's standard admin role types (no endpoint lists them) and their labels; three are IAM-based and carry a built-in resource set.</summary>
internal static class StandardRoles
{
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["SUPER_ADMIN"] = "Super Organization administrator",
        ["ORG_ADMIN"] = "Organization administrator",
        ["APP_ADMIN"] = "Application administrator",
        ["USER_ADMIN"] = "Group administrator",
        ["HELP_DESK_ADMIN"] = "Help Desk administrator",
        ["READ_ONLY_ADMIN"] = "Read-only administrator",
        ["MOBILE_ADMIN"] = "Mobile administrator",
        ["API_ACCESS_MANAGEMENT_ADMIN"] = "API Access Management administrator",
        ["REPORT_ADMIN"] = "Report administrator",
        ["GROUP_MEMBERSHIP_ADMIN"] = "Group Membership administrator",
        ["ACCESS_CERTIFICATIONS_ADMIN"] = "Access Certifications administrator",
        ["ACCESS_REQUESTS_ADMIN"] = "Access Requests administrator",
        ["WORKFLOWS_ADMIN"] = "Workflows administrator",
    };

    public static readonly IReadOnlyDictionary<string, string> IamResourceSets = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ACCESS_CERTIFICATIONS_ADMIN"] = "ACCESS_CERTIFICATIONS_IAM_POLICY",
        ["ACCESS_REQUESTS_ADMIN"] = "ACCESS_REQUESTS_IAM_POLICY",
        ["WORKFLOWS_ADMIN"] = "WORKFLOWS_IAM_POLICY",
    };

    public static bool IsIamBased(string type) => IamResourceSets.ContainsKey(type);

    /// <summary>The OAuth scopes an API token of an admin with this role may use (a simplification of Okta's permission model).</summary>
    public static IEnumerable<string> ScopesOf(string type) => type switch
    {
        "SUPER_ADMIN" or "ORG_ADMIN" => OktaScopes.All,
        "READ_ONLY_ADMIN" => OktaScopes.All.Where(s => s.EndsWith(".read", StringComparison.Ordinal)),
        "USER_ADMIN" => [OktaScopes.UsersRead, OktaScopes.UsersManage, OktaScopes.GroupsRead, OktaScopes.GroupsManage],
        "GROUP_MEMBERSHIP_ADMIN" => [OktaScopes.UsersRead, OktaScopes.GroupsRead, OktaScopes.GroupsManage],
        "HELP_DESK_ADMIN" => [OktaScopes.UsersRead, OktaScopes.UsersManage, OktaScopes.GroupsRead],
        "REPORT_ADMIN" => [OktaScopes.UsersRead, OktaScopes.GroupsRead, OktaScopes.LogsRead],
        _ => [OktaScopes.UsersRead, OktaScopes.GroupsRead],
    };
}
