namespace OktaCiam.Connector.Abstractions;

/// <summary>Creates <see cref="Page{T}"/> instances.</summary>
public static class Page
{
    /// <summary>Creates a page.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items on the page.</param>
    /// <param name="nextCursor">The cursor of the next page, or <see langword="null"/> when this is the last page.</param>
    /// <returns>The page.</returns>
    public static Page<T> Create<T>(IReadOnlyList<T> items, string? nextCursor = null) => new(items, nextCursor);

    /// <summary>Creates the last page of a list with no more items.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <returns>An empty last page.</returns>
    public static Page<T> Empty<T>() => Page<T>.Empty;
}

/// <summary>One page of a list, with the opaque cursor of the next page.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class Page<T>
{
    internal static readonly Page<T> Empty = new([], null);

    /// <summary>Initializes a new instance of the <see cref="Page{T}"/> class.</summary>
    /// <param name="items">The items on the page.</param>
    /// <param name="nextCursor">The cursor of the next page, or <see langword="null"/> (or empty) when this is the last page.</param>
    public Page(IReadOnlyList<T> items, string? nextCursor)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
        NextCursor = string.IsNullOrEmpty(nextCursor) ? null : nextCursor;
    }

    /// <summary>Gets the items on this page. A page that is not the last may be empty.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>Gets the cursor to pass in <see cref="PageRequest.Cursor"/> for the next page, or <see langword="null"/> on the last page.</summary>
    public string? NextCursor { get; }

    /// <summary>Gets a value indicating whether another page follows.</summary>
    public bool HasMore => NextCursor is not null;
}
