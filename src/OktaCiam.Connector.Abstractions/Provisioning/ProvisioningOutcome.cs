namespace OktaCiam.Connector.Abstractions;

/// <summary>What a write did.</summary>
public enum ProvisioningOutcome
{
    /// <summary>The target system was changed.</summary>
    Applied = 0,

    /// <summary>The target system already was in the asked state; nothing harmful was sent.</summary>
    AlreadyInState,

    /// <summary>A dry run: nothing was sent; <see cref="ProvisioningResult.Actions"/> is the plan.</summary>
    Planned,
}
