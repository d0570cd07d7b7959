namespace OktaCiam.Connector.Abstractions;

/// <summary>A user to add to, or remove from, a group.</summary>
public sealed record GroupMembershipChange : ProvisioningRequest
{
    /// <summary>Gets the group's id.</summary>
    public required string GroupId { get; init; }

    /// <summary>Gets the user's id.</summary>
    public required string UserId { get; init; }
}
