namespace OktaCiam.Connector.Testing;

/// <summary>One immutable version of a user; a change makes a new version, so the search index can keep an older one.</summary>
internal sealed record UserState
{
    public required int Position { get; init; }

    public required string Status { get; init; }

    public long Created { get; init; }

    public long Activated { get; init; }

    public long StatusChanged { get; init; }

    public long LastLogin { get; init; }

    public long LastUpdated { get; init; }

    public long PasswordChanged { get; init; }

    /// <summary>The profile as UTF-8 JSON, or <see langword="null"/> for a generated customer rendered from its position.</summary>
    public byte[]? Profile { get; init; }

    public bool HasRecoveryQuestion { get; init; }
}
