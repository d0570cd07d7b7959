using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector;

/// <summary>The app validation checks of the Okta CIAM connector, in the order they run and are reported; keys are stable.</summary>
internal static class OktaValidationChecks
{
    public static readonly OktaValidationCheck OrgUrl = new(
        "org_url", "Org URL is well-formed",
        "Every request goes to this Okta org; a wrong host, a path or the -admin host would send credentials to the wrong place.",
        ValidationSeverity.Critical);

    public static readonly OktaValidationCheck OrgReachable = new(
        "org_reachable", "Org is reachable over TLS",
        "The connector talks to Okta over HTTPS only; the org must answer from where the connector runs.",
        ValidationSeverity.Critical);

    public static readonly OktaValidationCheck TokenValid = new(
        "token_valid", "Credentials are valid",
        "Every Okta API call is authorized with the API token or the service app's access token.",
        ValidationSeverity.Critical);

    public static readonly OktaValidationCheck ListUsers = new(
        "permission_list_users", "Permission: list users",
        "Sync reads the managed users and re-reads each write's target user directly.",
        ValidationSeverity.Critical);

    public static readonly OktaValidationCheck ListGroups = new(
        "permission_list_groups", "Permission: list groups",
        "Sync reads the managed groups and their members; writes re-read the target group directly.",
        ValidationSeverity.Critical);

    public static readonly OktaValidationCheck ReadSchemas = new(
        "permission_read_schemas", "Permission: read profile schemas",
        "The connector confirms the managed-identity attribute exists and is a boolean on both profiles.",
        ValidationSeverity.Critical);

    public static readonly OktaValidationCheck ListRoles = new(
        "permission_list_roles", "Permission: list admin roles",
        "Sync reads Okta admin roles (standard and custom) and who holds them; role grants read the current assignments.",
        ValidationSeverity.High);

    public static readonly OktaValidationCheck ManageMemberships = new(
        "permission_manage_memberships", "Permission: manage group memberships",
        "Granting and revoking group access adds and removes managed users in managed groups.",
        ValidationSeverity.High);

    public static readonly OktaValidationCheck ManageRoles = new(
        "permission_manage_roles", "Permission: manage admin role assignments",
        "Granting and revoking admin-role access assigns and unassigns Okta admin roles.",
        ValidationSeverity.High);

    public static readonly OktaValidationCheck ManageUsers = new(
        "permission_manage_users", "Permission: deactivate users",
        "Deprovisioning deactivates (and optionally deletes) managed users.",
        ValidationSeverity.Medium);

    public static readonly OktaValidationCheck UserSchemaAttribute = new(
        "user_schema_attribute", "Managed attribute in the user profile schema",
        "Only users whose profile attribute is the boolean true are managed; without a boolean attribute no user can be.",
        ValidationSeverity.Critical);

    public static readonly OktaValidationCheck GroupSchemaAttribute = new(
        "group_schema_attribute", "Managed attribute in the group profile schema",
        "Only groups whose profile attribute is the boolean true are managed; without a boolean attribute no group can be.",
        ValidationSeverity.Critical);

    public static readonly OktaValidationCheck SearchUsers = new(
        "search_users", "Search on the attribute works for users",
        "Sync narrows the user list with Okta's search (profile attribute eq true) instead of reading every customer.",
        ValidationSeverity.Medium);

    public static readonly OktaValidationCheck SearchGroups = new(
        "search_groups", "Search on the attribute works for groups",
        "Sync narrows the group list with Okta's search instead of reading every group.",
        ValidationSeverity.Medium);

    public static readonly OktaValidationCheck ManagedUsersPresent = new(
        "managed_users_present", "At least one managed user",
        "The connector sees and changes only managed users; with none, nothing would be synced.",
        ValidationSeverity.High);

    public static readonly OktaValidationCheck ManagedGroupsPresent = new(
        "managed_groups_present", "At least one managed group",
        "The connector sees and changes only managed groups; with none, no group access can be synced or granted.",
        ValidationSeverity.High);

    public static readonly OktaValidationCheck TokenOwnerRole = new(
        "token_owner_role", "Least privilege of the credentials",
        "The connector's credentials reach a tenant full of customers; they should hold no more than the connector needs.",
        ValidationSeverity.Medium);

    public static readonly OktaValidationCheck RateLimitHeadroom = new(
        "rate_limit_headroom", "Rate-limit headroom",
        "Okta's rate limits are shared by every integration of the org; a sync that starts near a limit is slowed down or stopped.",
        ValidationSeverity.Medium);

    /// <summary>Gets every check, in order.</summary>
    public static IReadOnlyList<OktaValidationCheck> All { get; } =
    [
        OrgUrl, OrgReachable, TokenValid, ListUsers, ListGroups, ReadSchemas, ListRoles, ManageMemberships, ManageRoles, ManageUsers,
        UserSchemaAttribute, GroupSchemaAttribute, SearchUsers, SearchGroups, ManagedUsersPresent, ManagedGroupsPresent, TokenOwnerRole,
        RateLimitHeadroom,
    ];
}
