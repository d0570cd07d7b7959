namespace OktaCiam.Connector.Testing;

/// <summary>A resource set (<c>iam…</c>) that scopes a custom role.</summary>
internal sealed class ResourceSetRecord
{
    public required string Id { get; init; }

    public required string Label { get; init; }

    public string? Description { get; init; }

    public long Created { get; init; }

    public long LastUpdated { get; init; }
}
