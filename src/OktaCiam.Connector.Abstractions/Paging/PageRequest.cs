namespace OktaCiam.Connector.Abstractions;

/// <summary>Asks a reader for one page of a list: where to start and how many items at most.</summary>
/// <remarks>The cursor is opaque: only the reader that produced it may interpret it.</remarks>
public sealed record PageRequest
{
    /// <summary>The largest page size a caller may ask for.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>Gets a request for the first page with the reader's default page size.</summary>
    public static PageRequest First { get; } = new();

    /// <summary>Gets the cursor returned as <see cref="Page{T}.NextCursor"/> by the previous page, or <see langword="null"/> for the first page.</summary>
    public string? Cursor { get; init; }

    /// <summary>Gets the maximum number of items wanted, or <see langword="null"/> for the reader's default.</summary>
    /// <remarks>Valid range 1–<see cref="MaxPageSize"/>. A reader may return fewer items, even on a page that is not the last.</remarks>
    public int? PageSize
    {
        get;
        init
        {
            if (value is < 1 or > MaxPageSize)
            {
                throw new ArgumentOutOfRangeException(nameof(PageSize), value, $"Page size must be between 1 and {MaxPageSize}.");
            }

            field = value;
        }
    }

    /// <summary>Creates a request for the page that follows <paramref name="cursor"/>, keeping this request's page size.</summary>
    /// <param name="cursor">The cursor of the next page.</param>
    /// <returns>A new request.</returns>
    public PageRequest WithCursor(string? cursor) => this with { Cursor = cursor };
}
