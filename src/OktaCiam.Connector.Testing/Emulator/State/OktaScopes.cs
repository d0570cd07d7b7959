namespace OktaCiam.Connector.Testing;

/// <summary>The OAuth scopes of the endpoints the emulator serves; <c>.manage</c> includes <c>.read</c>.</summary>
internal static class OktaScopes
{
    public const string UsersRead = "okta.users.read";
    public const string UsersManage = "okta.users.manage";
    public const string GroupsRead = "okta.groups.read";
    public const string GroupsManage = "okta.groups.manage";
    public const string RolesRead = "okta.roles.read";
    public const string RolesManage = "okta.roles.manage";
    public const string SchemasRead = "okta.schemas.read";
    public const string SchemasManage = "okta.schemas.manage";
    public const string LogsRead = "okta.logs.read";

    public static readonly string[] All = [UsersRead, UsersManage, GroupsRead, GroupsManage, RolesRead, RolesManage, SchemasRead, SchemasManage, LogsRead];

    public static bool IsKnown(string scope) => Array.IndexOf(All, scope) >= 0;

    /// <summary>Whether holding <paramref name="held"/> grants <paramref name="required"/>.</summary>
    public static bool Grants(string held, string required) =>
        string.Equals(held, required, StringComparison.Ordinal) ||
        (held.EndsWith(".manage", StringComparison.Ordinal) && required.EndsWith(".read", StringComparison.Ordinal) &&
         held.AsSpan(0, held.Length - ".manage".Length).SequenceEqual(required.AsSpan(0, required.Length - ".read".Length)));
}
