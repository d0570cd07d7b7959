namespace OktaCiam.Connector.Abstractions;

/// <summary>How much a failed validation check matters.</summary>
public enum ValidationSeverity
{
    /// <summary>Advice; the connector works.</summary>
    Low = 0,

    /// <summary>Something works worse than it could (slower, less safe, degraded).</summary>
    Medium,

    /// <summary>The connector runs but would do nothing useful, or part of it fails.</summary>
    High,

    /// <summary>The connector cannot work until this is fixed.</summary>
    Critical,
}
