namespace OktaCiam.Connector.Access;

/// <summary>How <see cref="ConnectorSnapshotReader"/> reads a connector.</summary>
public sealed record ConnectorSnapshotOptions
{
    /// <summary>Gets the page size to ask for, or <see langword="null"/> for each reader's default.</summary>
    public int? PageSize { get; init; }

    /// <summary>Gets how many groups or resources are read at once. Default 4; range 1–64.</summary>
    public int MaxConcurrency
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 64);
            field = value;
        }
    } = 4;
}
