namespace OktaCiam.Connector.Testing;

/// <summary>A custom admin role (<c>cr0…</c>).</summary>
internal sealed class CustomRoleRecord
{
    public required string Id { get; init; }

    public required string Label { get; init; }

    public string? Description { get; init; }

    public long Created { get; init; }

    public long LastUpdated { get; init; }

    public IReadOnlyList<string> Permissions { get; init; } = [];
}
