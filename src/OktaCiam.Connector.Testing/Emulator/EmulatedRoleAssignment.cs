namespace OktaCiam.Connector.Testing;

/// <summary>A snapshot of one admin role assignment.</summary>
public sealed class EmulatedRoleAssignment
{
    internal EmulatedRoleAssignment(string id, string type, string label, string? customRoleId, string? resourceSetId, string assignmentType, string assigneeId)
    {
        Id = id;
        Type = type;
        Label = label;
        CustomRoleId = customRoleId;
        ResourceSetId = resourceSetId;
        AssignmentType = assignmentType;
        AssigneeId = assigneeId;
    }

    /// <summary>Gets the assignment id (what <c>DELETE …/roles/{id}</c> takes).</summary>
    public string Id { get; }

    /// <summary>Gets the role type, for example HELP_DESK_ADMIN or CUSTOM.</summary>
    public string Type { get; }

    /// <summary>Gets the role label.</summary>
    public string Label { get; }

    /// <summary>Gets the custom role id for CUSTOM assignments.</summary>
    public string? CustomRoleId { get; }

    /// <summary>Gets the resource set id for custom and IAM-based assignments.</summary>
    public string? ResourceSetId { get; }

    /// <summary>Gets USER for a direct assignment or GROUP for one held through a group.</summary>
    public string AssignmentType { get; }

    /// <summary>Gets the id of the user or group the role is assigned to.</summary>
    public string AssigneeId { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Type} ({AssignmentType} {AssigneeId})";
}
