namespace OktaCiam.Connector.Abstractions;

/// <summary>What a connector is and what it supports, as data a host can render and act on.</summary>
public sealed record ConnectorDescriptor
{
    /// <summary>Gets the connector's stable id, for example <c>okta-ciam</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the connector's human-readable name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Gets the kinds of objects the connector handles and the operations each supports.</summary>
    public required IReadOnlyList<ResourceKindDescriptor> ResourceKinds { get; init; }

    /// <summary>Gets the app's settings as the admin configured them.</summary>
    public required AppSettings App { get; init; }

    /// <summary>Finds the descriptor of a kind.</summary>
    /// <param name="kind">The kind's id.</param>
    /// <returns>The kind's descriptor, or <see langword="null"/> when the connector does not handle it.</returns>
    public ResourceKindDescriptor? FindKind(string kind)
    {
        foreach (var descriptor in ResourceKinds)
        {
            if (string.Equals(descriptor.Kind, kind, StringComparison.Ordinal))
            {
                return descriptor;
            }
        }

        return null;
    }
}
