namespace OktaCiam.Connector;

/// <summary>What the connector may write: which admin roles it may grant, and whether it may delete accounts.</summary>
/// <remarks>
/// These rules sit on top of the write guard, which always refuses writes to identities that are not managed, to
/// <c>APP_GROUP</c> and <c>BUILT_IN</c> groups, and deprovisioning the user who owns the API token.
/// </remarks>
public sealed class OktaCiamProvisioningOptions
{
    /// <summary>Gets the standard admin role types the connector grants when <see cref="AllowedRoleTypes"/> is not set: every standard type except <c>SUPER_ADMIN</c> and <c>ORG_ADMIN</c>.</summary>
    /// <remarks>
    /// <c>SUPER_ADMIN</c> and <c>ORG_ADMIN</c> are left out because they reach every identity in the org, customers
    /// included, and a super admin can also change other admins' roles and the org's security settings. Handing either out
    /// through an access request should be a choice an admin makes deliberately, by listing it in
    /// <see cref="AllowedRoleTypes"/>, never a default.
    /// </remarks>
    public static IReadOnlyList<string> DefaultAllowedRoleTypes { get; } =
    [
        "APP_ADMIN",
        "USER_ADMIN",
        "HELP_DESK_ADMIN",
        "READ_ONLY_ADMIN",
        "MOBILE_ADMIN",
        "API_ACCESS_MANAGEMENT_ADMIN",
        "REPORT_ADMIN",
        "GROUP_MEMBERSHIP_ADMIN",
        "ACCESS_CERTIFICATIONS_ADMIN",
        "ACCESS_REQUESTS_ADMIN",
        "WORKFLOWS_ADMIN",
    ];

    /// <summary>Gets or sets the standard admin role types (for example <c>HELP_DESK_ADMIN</c>) the connector may grant. Default <see langword="null"/>: <see cref="DefaultAllowedRoleTypes"/>.</summary>
    /// <remarks>
    /// Upper-case role type names (letters, digits, underscores); an empty list allows no standard role. Granting a type
    /// outside the list is refused before anything is sent. Revoking is allowed for every type, so an access grant made while
    /// a type was allowed can still expire after the list changed. Custom roles are governed by <see cref="AllowCustomRoles"/>.
    /// </remarks>
    public IList<string>? AllowedRoleTypes { get; set; }

    /// <summary>Gets or sets a value indicating whether the connector may grant custom admin roles (bound to a resource set). Default <see langword="true"/>.</summary>
    /// <remarks>Custom roles and resource sets are defined by an admin for a purpose, so they are allowed unless turned off.</remarks>
    public bool AllowCustomRoles { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether deprovisioning may delete accounts permanently. Default <see langword="false"/>.</summary>
    /// <remarks>Deleting an Okta user cannot be undone; without this setting a request to delete is refused and nothing is sent.</remarks>
    public bool AllowDelete { get; set; }

    /// <summary>Gets the role types in effect: <see cref="AllowedRoleTypes"/>, or <see cref="DefaultAllowedRoleTypes"/> when it is not set.</summary>
    /// <returns>The allowed standard role types.</returns>
    internal IReadOnlyCollection<string> GetEffectiveAllowedRoleTypes() =>
        AllowedRoleTypes is null ? DefaultAllowedRoleTypes : [.. AllowedRoleTypes];

    /// <summary>Returns a description of the settings.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"OktaCiamProvisioningOptions {{ AllowedRoleTypes = {string.Join(',', GetEffectiveAllowedRoleTypes())}, AllowCustomRoles = {AllowCustomRoles}, AllowDelete = {AllowDelete} }}";
}
