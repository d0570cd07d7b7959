namespace OktaCiam.Connector.Abstractions;

/// <summary>An account to deactivate and, optionally, delete.</summary>
public sealed record UserDeprovisioning : ProvisioningRequest
{
    /// <summary>Gets the user's id.</summary>
    public required string UserId { get; init; }

    /// <summary>Gets a value indicating whether to delete the account permanently after deactivating it. Default <see langword="false"/>.</summary>
    public bool Delete { get; init; }
}
