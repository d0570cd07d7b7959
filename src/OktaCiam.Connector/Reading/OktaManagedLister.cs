using System.Text.Json.Serialization.Metadata;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector;

/// <summary>
/// Walks the managed users or groups of the org page by page: in Search mode the <c>search</c> list with every hit re-read
/// by id, then the recently changed ones from a current list; in FullScan mode the plain list (then, for users, the
/// DEPROVISIONED ones a plain list leaves out). The managed-identity filter decides every record; nothing else does.
/// </summary>
/// <typeparam name="T">The Okta model (<see cref="OktaUser"/> or <see cref="OktaGroup"/>).</typeparam>
internal sealed class OktaManagedLister<T>
    where T : class
{
    private readonly OktaReadContext _context;
    private readonly OktaReadList _list;
    private readonly JsonTypeInfo<T> _typeInfo;
    private readonly Func<T, string?> _idOf;
    private readonly Func<T, DateTimeOffset?> _lastUpdatedOf;
    private readonly Func<string, OktaObjectReader<OktaConfirmation<T>>, CancellationToken, Task<OktaConfirmation<T>?>> _getById;
    private readonly OktaObjectReader<OktaConfirmation<T>> _confirmReader;

    public OktaManagedLister(
        OktaReadContext context,
        OktaReadList list,
        JsonTypeInfo<T> typeInfo,
        Func<T, string?> idOf,
        Func<T, DateTimeOffset?> lastUpdatedOf,
        Func<string, OktaObjectReader<OktaConfirmation<T>>, CancellationToken, Task<OktaConfirmation<T>?>> getById)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(typeInfo);
        ArgumentNullException.ThrowIfNull(idOf);
        ArgumentNullException.ThrowIfNull(lastUpdatedOf);
        ArgumentNullException.ThrowIfNull(getById);
        _context = context;
        _list = list;
        _typeInfo = typeInfo;
        _idOf = idOf;
        _lastUpdatedOf = lastUpdatedOf;
        _getById = getById;
        _confirmReader = OktaConfirmation<T>.Reader(context.Filter, typeInfo);
    }

    private bool HasDeprovisionedPhase => _list == OktaReadList.Users;

    /// <summary>Reads one page of the list.</summary>
    /// <exception cref="ArgumentException">The cursor was not issued by this list.</exception>
    public async Task<OktaListPage<T>> ReadPageAsync(PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var limit = OktaReadContext.Limit(page);
        var cursor = page.Cursor is null ? Start(limit) : Continue(page.Cursor, limit);
        while (true)
        {
            try
            {
                return await ReadAsync(cursor, limit, cancellationToken).ConfigureAwait(false);
            }
            catch (ConnectorException ex) when (cursor.Phase is OktaReadPhase.Search or OktaReadPhase.Recent && OktaReadContext.IsSearchUnavailable(ex))
            {
                _context.MarkSearchUnavailable(_list, ex);
                cursor = FullScanFrom(cursor, limit);
            }
        }
    }

    /// <summary>Reads the whole list and returns every managed id it saw (for filtering id-only lists).</summary>
    public async Task<IReadOnlyCollection<string>> ReadAllIdsAsync(CancellationToken cancellationToken)
    {
        var request = PageRequest.First;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var page = await ReadPageAsync(request, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                if (_idOf(item) is { } id)
                {
                    ids.Add(id);
                }
            }

            if (page.Next is null)
            {
                return page.Completed ?? ids;
            }

            request = request.WithCursor(_context.Seal(page.Next));
        }
    }

    private OktaReadCursor Start(int limit)
    {
        var walk = _context.Directory.WalksOf(_list).Start();
        if (!_context.SearchEnabled)
        {
            return new OktaReadCursor { List = _list, Phase = OktaReadPhase.Plain, Path = _context.Paths.First(_list, OktaReadPhase.Plain, 0, limit), Walk = walk };
        }

        var window = _context.Options.RecentChangesWindow;
        var threshold = _context.Options.TrustSearchIndex || window <= TimeSpan.Zero
            ? 0
            : Math.Max(1, (_context.TimeProvider.GetUtcNow() - window).ToUnixTimeMilliseconds());
        return new OktaReadCursor
        {
            List = _list,
            Phase = OktaReadPhase.Search,
            Path = _context.Paths.First(_list, OktaReadPhase.Search, threshold, limit),
            Walk = walk,
            Threshold = threshold,
        };
    }

    private OktaReadCursor Continue(string text, int limit)
    {
        var cursor = OktaReadCursor.Decode(text, _context.Protector, _list);
        var valid = cursor.Path is { } path
            && cursor.Phase switch
            {
                OktaReadPhase.Search or OktaReadPhase.Plain => true,
                OktaReadPhase.Recent => cursor.Threshold > 0,
                OktaReadPhase.Deprovisioned => HasDeprovisionedPhase,
                _ => false,
            }
            && _context.Paths.IsContinuation(path, _list, cursor.Phase, cursor.Threshold);
        if (!valid)
        {
            throw OktaReadCursor.Invalid();
        }

        // Search went away since the cursor was issued: continue the same walk as a full scan.
        return cursor.Phase is OktaReadPhase.Search or OktaReadPhase.Recent && !_context.SearchEnabled ? FullScanFrom(cursor, limit) : cursor;
    }

    private OktaReadCursor FullScanFrom(OktaReadCursor cursor, int limit) =>
        cursor with { Phase = OktaReadPhase.Plain, Path = _context.Paths.First(_list, OktaReadPhase.Plain, 0, limit), Threshold = 0, Offset = 0 };

    private async Task<OktaListPage<T>> ReadAsync(OktaReadCursor cursor, int limit, CancellationToken cancellationToken)
    {
        FilteredPage<T>? filtered = null;
        var okta = await _context.Client.GetPageAsync(
            cursor.Path!,
            async (body, ct) =>
            {
                filtered = await _context.Filter.FilterPageAsync(body, _typeInfo, ct).ConfigureAwait(false);
                return filtered.Managed;
            },
            cancellationToken).ConfigureAwait(false);

        _context.Counters.Excluded.Add(filtered!.Excluded);
        var managed = filtered.Managed;
        var seen = filtered.RecordCount;
        if (cursor.Phase == OktaReadPhase.Search && !_context.Options.TrustSearchIndex)
        {
            (managed, var deferred) = await ConfirmAsync(managed, cursor.Threshold, cancellationToken).ConfigureAwait(false);
            seen -= deferred;
        }

        _context.Counters.CountList(_list, seen, managed.Count);
        var next = Next(cursor, okta.NextPathAndQuery, limit);
        var walks = _context.Directory.WalksOf(_list);
        var items = walks.Record(cursor.Walk, cursor.Sequence, managed, _idOf);
        IReadOnlyCollection<string>? completed = null;
        if (next is null && walks.Complete(cursor.Walk, cursor.Sequence) is { } all)
        {
            _context.Directory.Publish(_list, all);
            completed = all;
            Log.ReadListCompleted(_context.Logger, OktaReadContext.Name(_list), all.Count);
        }

        return new OktaListPage<T>(items, next, completed);
    }

    private OktaReadCursor? Next(OktaReadCursor cursor, string? oktaNext, int limit)
    {
        if (oktaNext is not null)
        {
            if (!_context.Paths.IsContinuation(oktaNext, _list, cursor.Phase, cursor.Threshold))
            {
                throw new ConnectorProtocolException(
                    $"Okta's next-page link for the {OktaReadContext.Name(_list)} list changed the list's search or filter, so paging stopped rather than read another list: retry, and if it persists set Read:Mode to FullScan.");
            }

            return cursor with { Path = oktaNext, Sequence = cursor.Sequence + 1 };
        }

        var phase = cursor.Phase switch
        {
            OktaReadPhase.Search when cursor.Threshold > 0 => OktaReadPhase.Recent,
            OktaReadPhase.Plain when HasDeprovisionedPhase => OktaReadPhase.Deprovisioned,
            _ => (OktaReadPhase?)null,
        };
        return phase is { } p
            ? cursor with { Phase = p, Path = _context.Paths.First(_list, p, cursor.Threshold, limit), Sequence = cursor.Sequence + 1 }
            : null;
    }

    /// <summary>Re-reads every search hit by id and keeps those the filter finds managed in the fresh body; hits changed after the walk's threshold are left to the recent-changes list.</summary>
    private async Task<(IReadOnlyList<T> Managed, int Deferred)> ConfirmAsync(IReadOnlyList<T> hits, long threshold, CancellationToken cancellationToken)
    {
        if (hits.Count == 0)
        {
            return (hits, 0);
        }

        var confirmed = new T?[hits.Count];
        var deferred = 0;
        var stale = 0;
        await Parallel.ForEachAsync(
            Enumerable.Range(0, hits.Count),
            new ParallelOptions { MaxDegreeOfParallelism = _context.Options.MaxConcurrency, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                if (_idOf(hits[i]) is not { Length: > 0 } id)
                {
                    return;
                }

                var fresh = await _getById(id, _confirmReader, ct).ConfigureAwait(false);
                if (fresh is null)
                {
                    // Deleted since the index saw it.
                    Interlocked.Increment(ref stale);
                    return;
                }

                if (!fresh.IsManaged)
                {
                    _context.Counters.Excluded.Add(fresh.Reason);
                    Interlocked.Increment(ref stale);
                    return;
                }

                if (threshold > 0 && _lastUpdatedOf(fresh.Value!) is { } updated && updated.ToUnixTimeMilliseconds() > threshold)
                {
                    Interlocked.Increment(ref deferred);
                    return;
                }

                confirmed[i] = fresh.Value;
            }).ConfigureAwait(false);

        if (stale > 0)
        {
            Log.ReadStaleSearchHits(_context.Logger, stale, OktaReadContext.Name(_list));
        }

        return ([.. confirmed.OfType<T>()], deferred);
    }
}
