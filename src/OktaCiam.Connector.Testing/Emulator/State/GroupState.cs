namespace OktaCiam.Connector.Testing;

/// <summary>One immutable version of a group's own attributes (membership lives on the record).</summary>
internal sealed record GroupState
{
    public required string Type { get; init; }

    public long Created { get; init; }

    public long LastUpdated { get; init; }

    public required byte[] Profile { get; init; }

    /// <summary>The app an APP_GROUP was imported from.</summary>
    public string? SourceAppId { get; init; }
}
