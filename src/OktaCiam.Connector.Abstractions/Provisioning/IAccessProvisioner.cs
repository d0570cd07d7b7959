namespace OktaCiam.Connector.Abstractions;

/// <summary>Grants and revokes access: resources at access levels, and group membership. Every method is idempotent.</summary>
/// <remarks>
/// Granting what is already granted, or revoking what is already gone, succeeds with
/// <see cref="ProvisioningOutcome.AlreadyInState"/>. A write the connector's policy forbids throws
/// <see cref="ConnectorPolicyRefusedException"/> without sending anything.
/// </remarks>
public interface IAccessProvisioner
{
    /// <summary>Gives a principal a resource at an access level.</summary>
    /// <param name="grant">Who gets what.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>What was done.</returns>
    Task<ProvisioningResult> GrantResourceAsync(ResourceGrant grant, CancellationToken cancellationToken = default);

    /// <summary>Takes a resource at an access level away from a principal.</summary>
    /// <param name="grant">Who loses what.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>What was done.</returns>
    Task<ProvisioningResult> RevokeResourceAsync(ResourceGrant grant, CancellationToken cancellationToken = default);

    /// <summary>Adds a user to a group.</summary>
    /// <param name="change">The group and the user.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>What was done.</returns>
    Task<ProvisioningResult> AddGroupMemberAsync(GroupMembershipChange change, CancellationToken cancellationToken = default);

    /// <summary>Removes a user from a group.</summary>
    /// <param name="change">The group and the user.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>What was done.</returns>
    Task<ProvisioningResult> RemoveGroupMemberAsync(GroupMembershipChange change, CancellationToken cancellationToken = default);
}
