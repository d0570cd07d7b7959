using System.Runtime.CompilerServices;

namespace OktaCiam.Connector.Abstractions;

/// <summary>Walks cursor-paged lists as <see cref="IAsyncEnumerable{T}"/> and guards against cursors that do not advance.</summary>
public static class Pager
{
    /// <summary>Enumerates every item of a cursor-paged list, page by page, lazily.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="fetchPage">Fetches one page.</param>
    /// <param name="pageSize">The page size to ask for, or <see langword="null"/> for the reader's default.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The items of all pages, in order.</returns>
    /// <exception cref="ConnectorProtocolException">A page returned a cursor that was already used, so the list would never end.</exception>
    public static IAsyncEnumerable<T> EnumerateAsync<T>(
        Func<PageRequest, CancellationToken, Task<Page<T>>> fetchPage,
        int? pageSize = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        var first = new PageRequest { PageSize = pageSize };
        return EnumerateCoreAsync(fetchPage, first, cancellationToken);
    }

    /// <summary>Enumerates the pages of a cursor-paged list, lazily.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="fetchPage">Fetches one page.</param>
    /// <param name="pageSize">The page size to ask for, or <see langword="null"/> for the reader's default.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The pages, in order.</returns>
    /// <exception cref="ConnectorProtocolException">A page returned a cursor that was already used, so the list would never end.</exception>
    public static IAsyncEnumerable<Page<T>> EnumeratePagesAsync<T>(
        Func<PageRequest, CancellationToken, Task<Page<T>>> fetchPage,
        int? pageSize = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        var first = new PageRequest { PageSize = pageSize };
        return EnumeratePagesCoreAsync(fetchPage, first, cancellationToken);
    }

    private static async IAsyncEnumerable<T> EnumerateCoreAsync<T>(
        Func<PageRequest, CancellationToken, Task<Page<T>>> fetchPage,
        PageRequest first,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in EnumeratePagesCoreAsync(fetchPage, first, cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Items)
            {
                yield return item;
            }
        }
    }

    private static async IAsyncEnumerable<Page<T>> EnumeratePagesCoreAsync<T>(
        Func<PageRequest, CancellationToken, Task<Page<T>>> fetchPage,
        PageRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Every cursor seen so far: a repeat (not only the immediately previous one) means a cycle.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await fetchPage(request, cancellationToken).ConfigureAwait(false)
                ?? throw new ConnectorProtocolException("The connector returned no page (null) instead of an empty last page.");
            yield return page;

            if (page.NextCursor is not { } next)
            {
                yield break;
            }

            if (!seen.Add(next) || string.Equals(next, request.Cursor, StringComparison.Ordinal))
            {
                throw new ConnectorProtocolException(
                    $"The connector returned a next cursor it had already returned after {seen.Count} page(s); the list would never end. This is a bug in the connector's paging.");
            }

            request = request.WithCursor(next);
        }
    }
}
