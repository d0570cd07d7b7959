namespace OktaCiam.Connector.Abstractions;

/// <summary>One app validation check and its result.</summary>
public sealed record ValidationCheck
{
    /// <summary>Gets the check's stable machine-readable key, for example <c>token_valid</c>.</summary>
    public required string Key { get; init; }

    /// <summary>Gets the check's human-readable name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets why the connector needs what the check verifies.</summary>
    public required string UsageReason { get; init; }

    /// <summary>Gets what was found and, on failure, what to fix.</summary>
    public required string Details { get; init; }

    /// <summary>Gets how much a failure of this check matters.</summary>
    public required ValidationSeverity Severity { get; init; }

    /// <summary>Gets the check's result.</summary>
    public required ValidationStatus Status { get; init; }
}
