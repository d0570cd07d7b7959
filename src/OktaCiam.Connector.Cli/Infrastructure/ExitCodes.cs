namespace OktaCiam.Connector.Cli;

/// <summary>The exit codes of every <c>okta-ciam</c> command.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>Usage or configuration error: the message says what to fix.</summary>
    public const int Usage = 2;

    /// <summary>Refused by policy (for example, the target is not a managed identity), or validation found a CRITICAL/HIGH failure.</summary>
    public const int Refused = 3;

    /// <summary>Okta or the network failed after retries.</summary>
    public const int OktaFailure = 4;
}
