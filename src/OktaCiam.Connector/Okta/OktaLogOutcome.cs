namespace OktaCiam.Connector;

/// <summary>The outcome of a System Log event: SUCCESS, FAILURE, SKIPPED, ALLOW, DENY, CHALLENGE or UNKNOWN, kept as a string.</summary>
internal sealed class OktaLogOutcome
{
    public string? Result { get; set; }

    public string? Reason { get; set; }
}
