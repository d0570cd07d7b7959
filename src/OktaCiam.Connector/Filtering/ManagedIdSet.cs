using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Unicode;

namespace OktaCiam.Connector;

/// <summary>
/// The ids of managed users (or groups), for lists that carry ids without profiles (role assignees, member ids).
/// Lookups take UTF-8 or UTF-16 spans, so an unmanaged id is compared without ever becoming a string.
/// </summary>
/// <remarks>Immutable and thread-safe once built. Ids compare ordinally, as Okta's do.</remarks>
internal sealed class ManagedIdSet
{
    /// <summary>The longest id accepted; Okta ids are 20 characters.</summary>
    public const int MaxIdLength = 256;

    private readonly HashSet<string> _ids;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Initializes a new instance of the <see cref="ManagedIdSet"/> class.</summary>
    /// <param name="managedIds">Ids of records the filter found managed.</param>
    /// <exception cref="ArgumentException">An id is empty or longer than <see cref="MaxIdLength"/>.</exception>
    public ManagedIdSet(IEnumerable<string> managedIds)
    {
        ArgumentNullException.ThrowIfNull(managedIds);
        _ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in managedIds)
        {
            ArgumentException.ThrowIfNullOrEmpty(id, nameof(managedIds));
            if (id.Length > MaxIdLength)
            {
                throw new ArgumentException($"A managed id is longer than {MaxIdLength} characters.", nameof(managedIds));
            }

            _ids.Add(id);
        }

        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Gets the number of ids.</summary>
    public int Count => _ids.Count;

    /// <summary>Returns whether <paramref name="id"/> is managed.</summary>
    public bool Contains(ReadOnlySpan<char> id) => _lookup.Contains(id);

    /// <summary>Returns whether the UTF-8 <paramref name="utf8Id"/> is managed.</summary>
    public bool Contains(ReadOnlySpan<byte> utf8Id) => TryGetId(utf8Id, out _);

    /// <summary>Looks up a UTF-8 id and returns the set's own string for it, so a match allocates nothing.</summary>
    public bool TryGetId(ReadOnlySpan<byte> utf8Id, [NotNullWhen(true)] out string? id)
    {
        id = null;
        if (utf8Id.Length > MaxIdLength * 3)
        {
            return false;
        }

        // UTF-8 never needs more UTF-16 chars than bytes; sizing to the id keeps the stack clear cheap.
        Span<char> chars = stackalloc char[utf8Id.Length];
        return Utf8.ToUtf16(utf8Id, chars, out _, out var written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done
            && _lookup.TryGetValue(chars[..written], out id);
    }

    /// <summary>Looks up the string token <paramref name="reader"/> is on, unescaping it without allocating.</summary>
    /// <returns>False when the id is not managed or cannot be decoded.</returns>
    public bool TryGetId(ref Utf8JsonReader reader, [NotNullWhen(true)] out string? id)
    {
        if (!reader.ValueIsEscaped)
        {
            return TryGetId(reader.ValueSpan, out id);
        }

        id = null;
        if (reader.ValueSpan.Length > MaxIdLength * 6)
        {
            return false;
        }

        Span<char> chars = stackalloc char[reader.ValueSpan.Length];
        int written;
        try
        {
            written = reader.CopyString(chars);
        }
        catch (InvalidOperationException)
        {
            // An escape that decodes to invalid UTF-16 cannot be a managed id.
            return false;
        }

        return _lookup.TryGetValue(chars[..written], out id);
    }

    /// <summary>Filters an id list read from a stream: a JSON array of objects with an <c>id</c>, or Okta's <c>{"value":[…]}</c> wrapper.</summary>
    /// <param name="utf8Json">The response body; read to its end, not disposed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The managed ids in page order and the exclusion counts.</returns>
    /// <exception cref="Abstractions.ConnectorProtocolException">The body is malformed, truncated or of another shape.</exception>
    public async ValueTask<IdListPage> FilterIdListAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        var ids = new List<string>();
        var scanner = await PooledJsonReader.ScanAsync(utf8Json, new IdListScanner(this, ids), cancellationToken).ConfigureAwait(false);
        return new IdListPage(ids, scanner.RecordCount, scanner.Excluded, scanner.NextHref);
    }

    /// <summary>Filters an id list held in memory: a JSON array of objects with an <c>id</c>, or Okta's <c>{"value":[…]}</c> wrapper.</summary>
    /// <param name="utf8Json">The response body.</param>
    /// <returns>The managed ids in page order and the exclusion counts.</returns>
    /// <exception cref="Abstractions.ConnectorProtocolException">The body is malformed, truncated or of another shape.</exception>
    public IdListPage FilterIdList(ReadOnlySpan<byte> utf8Json)
    {
        var ids = new List<string>();
        var scanner = new IdListScanner(this, ids);
        PooledJsonReader.Scan(utf8Json, ref scanner);
        return new IdListPage(ids, scanner.RecordCount, scanner.Excluded, scanner.NextHref);
    }
}
