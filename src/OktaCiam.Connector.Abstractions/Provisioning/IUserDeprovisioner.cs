namespace OktaCiam.Connector.Abstractions;

/// <summary>Deactivates, and optionally deletes, accounts the connector manages. Idempotent.</summary>
public interface IUserDeprovisioner
{
    /// <summary>Deprovisions a user.</summary>
    /// <param name="request">The user, and whether to delete the account as well.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>What was done, with the account's final status.</returns>
    Task<ProvisioningResult> DeprovisionUserAsync(UserDeprovisioning request, CancellationToken cancellationToken = default);
}
