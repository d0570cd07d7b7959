using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector;

/// <summary>One validation check's fixed part (stable key, name, why the connector needs it, severity) and the results it can have.</summary>
/// <param name="Key">The stable machine-readable key.</param>
/// <param name="Name">The human-readable name.</param>
/// <param name="UsageReason">Why the connector needs what the check verifies.</param>
/// <param name="Severity">How much a failure matters.</param>
internal sealed record OktaValidationCheck(string Key, string Name, string UsageReason, ValidationSeverity Severity)
{
    public ValidationCheck Passed(string details) => Result(ValidationStatus.Passed, details, Severity);

    public ValidationCheck Failed(string details) => Result(ValidationStatus.Failed, details, Severity);

    /// <summary>A failure that matters less than the check's usual severity (for example, a permission that could not be confirmed).</summary>
    public ValidationCheck Failed(string details, ValidationSeverity severity) => Result(ValidationStatus.Failed, details, severity);

    public ValidationCheck Skipped(string details) => Result(ValidationStatus.Skipped, details, Severity);

    private ValidationCheck Result(ValidationStatus status, string details, ValidationSeverity severity) => new()
    {
        Key = Key,
        Name = Name,
        UsageReason = UsageReason,
        Details = details,
        Severity = severity,
        Status = status,
    };
}
