namespace OktaCiam.Connector.Abstractions;

/// <summary>One request a write sent, or would send in a dry run.</summary>
/// <param name="Method">The operation, for HTTP connectors the method (<c>PUT</c>, <c>DELETE</c>, …).</param>
/// <param name="Target">What it acts on, for HTTP connectors the path without the host.</param>
public sealed record ProvisioningAction(string Method, string Target)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Method} {Target}";
}
