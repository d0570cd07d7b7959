namespace OktaCiam.Connector.Abstractions;

/// <summary>The common part of every write a connector is asked to make.</summary>
public abstract record ProvisioningRequest
{
    /// <summary>Gets a value indicating whether to only plan the write: apply every safety check, send nothing, and return the requests that would be sent.</summary>
    /// <remarks>Default <see langword="false"/>.</remarks>
    public bool DryRun { get; init; }
}
