namespace OktaCiam.Connector.Abstractions;

/// <summary>The result of one validation check.</summary>
public enum ValidationStatus
{
    /// <summary>The check passed.</summary>
    Passed = 0,

    /// <summary>The check failed; <see cref="ValidationCheck.Details"/> says what to fix.</summary>
    Failed,

    /// <summary>The check could not run because an earlier check it depends on failed.</summary>
    Skipped,
}
