namespace OktaCiam.Connector.Testing;

/// <summary>An admin role assigned to a user or a group: a standard role type, an IAM-based standard role, or a custom role bound to a resource set.</summary>
internal sealed class RoleAssignmentRecord
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    /// <summary>The custom role id (CUSTOM) or the role type (IAM-based standard roles); null for classic standard roles.</summary>
    public string? RoleId { get; init; }

    public string? ResourceSetId { get; init; }

    public required bool AssignedToGroup { get; init; }

    /// <summary>The user position or the group position.</summary>
    public required int AssigneePosition { get; init; }

    public long Created { get; init; }

    public long LastUpdated { get; init; }
}
