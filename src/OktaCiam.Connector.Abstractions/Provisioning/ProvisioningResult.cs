namespace OktaCiam.Connector.Abstractions;

/// <summary>The result of a write: what it did and which requests it sent (or would send, in a dry run).</summary>
public sealed record ProvisioningResult
{
    /// <summary>Gets what the write did.</summary>
    public required ProvisioningOutcome Outcome { get; init; }

    /// <summary>Gets the requests sent, or planned in a dry run, in order.</summary>
    public IReadOnlyList<ProvisioningAction> Actions { get; init; } = [];

    /// <summary>Gets the account's status after a deprovisioning, when the write was one.</summary>
    public UserStatus? FinalUserStatus { get; init; }

    /// <summary>Gets a short human-readable note about the outcome, when there is something to say.</summary>
    public string? Detail { get; init; }
}
