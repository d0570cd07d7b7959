namespace OktaCiam.Connector.Abstractions;

/// <summary>A kind of object a connector handles and what it can do with it.</summary>
/// <param name="Kind">The kind's stable id, as used in <see cref="ConnectorResource.Kind"/> (for example <c>admin-role</c>, <c>group</c>, <c>user</c>).</param>
/// <param name="DisplayName">The kind's human-readable name.</param>
/// <param name="Operations">The operations supported on this kind.</param>
public sealed record ResourceKindDescriptor(string Kind, string DisplayName, ConnectorOperations Operations)
{
    /// <summary>Gets a value indicating whether every operation in <paramref name="operations"/> is supported.</summary>
    /// <param name="operations">The operations to test.</param>
    /// <returns><see langword="true"/> when all are supported.</returns>
    public bool Supports(ConnectorOperations operations) => (Operations & operations) == operations;
}
