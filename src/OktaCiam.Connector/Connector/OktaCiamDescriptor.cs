using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector;

/// <summary>The "supported resources" table of the Okta CIAM connector, as data.</summary>
internal static class OktaCiamDescriptor
{
    /// <summary>Okta users: imported with their attributes, deprovisioned.</summary>
    public const string UserKind = "user";

    /// <summary>Okta groups: imported with members, membership granted and revoked, can carry other connectors' resources.</summary>
    public const string GroupKind = "group";

    /// <summary>Okta admin roles (standard and custom): imported with assignees, assigned and unassigned.</summary>
    public const string AdminRoleKind = "admin-role";

    private static readonly ResourceKindDescriptor[] Kinds =
    [
        new(UserKind, "Okta user", ConnectorOperations.Import | ConnectorOperations.Deprovision),
        new(GroupKind, "Okta group", ConnectorOperations.Import | ConnectorOperations.ListAccess | ConnectorOperations.Grant | ConnectorOperations.Revoke | ConnectorOperations.CarryResources),
        new(AdminRoleKind, "Okta admin role", ConnectorOperations.Import | ConnectorOperations.ListAccess | ConnectorOperations.Grant | ConnectorOperations.Revoke),
    ];

    public static ConnectorDescriptor Create(OktaCiamOptions options) => new()
    {
        Id = OktaCiamConnector.ConnectorId,
        DisplayName = "Okta Customer Identity (CIAM)",
        ResourceKinds = Kinds,
        App = new AppSettings
        {
            Name = options.App.Name ?? string.Empty,
            AdminId = options.App.AdminId,
            Description = options.App.Description,
            Visibility = options.App.VisibleToGroupIds.Count == 0
                ? AppVisibility.Unrestricted
                : AppVisibility.RestrictedTo(options.App.VisibleToGroupIds),
        },
    };
}
