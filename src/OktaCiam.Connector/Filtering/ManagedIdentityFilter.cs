using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json.Serialization.Metadata;

namespace OktaCiam.Connector;

/// <summary>
/// The security core: a user or group record is managed only when its <c>profile.&lt;attribute&gt;</c> is the JSON
/// boolean <c>true</c>, named exactly once in a profile that is itself named exactly once. Anything else, or anything
/// that cannot be read with certainty, is excluded and counted by reason.
/// </summary>
/// <remarks>
/// Pages are read token by token over pooled buffers and each record is decided as it closes, so an unmanaged record
/// is never turned into strings or objects; only managed records reach the caller's <see cref="JsonTypeInfo{T}"/>.
/// A page that is not valid, complete JSON of the expected shape throws <see cref="Abstractions.ConnectorProtocolException"/>
/// as a whole: never a partial result. Instances are immutable and thread-safe.
/// </remarks>
internal sealed class ManagedIdentityFilter
{
    private readonly byte[] _attributeUtf8;

    /// <summary>Initializes a new instance of the <see cref="ManagedIdentityFilter"/> class.</summary>
    /// <param name="attributeName">The boolean profile attribute that marks managed identities (ASCII letters, digits, underscores).</param>
    /// <exception cref="ArgumentException">The name is not a valid Okta property name.</exception>
    public ManagedIdentityFilter(string attributeName)
    {
        if (!ManagedAttributeName.IsValid(attributeName))
        {
            throw new ArgumentException(ManagedAttributeName.Describe(attributeName), nameof(attributeName));
        }

        AttributeName = attributeName;
        _attributeUtf8 = Encoding.UTF8.GetBytes(attributeName);
    }

    /// <summary>Gets the name of the attribute that marks managed identities.</summary>
    public string AttributeName { get; }

    /// <summary>Filters a list page (a JSON array of user or group records) read from a stream.</summary>
    /// <typeparam name="T">The model managed records are read into.</typeparam>
    /// <param name="utf8Json">The response body; read to its end, not disposed.</param>
    /// <param name="typeInfo">The source-generated metadata of <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The managed records and the exclusion counts.</returns>
    /// <exception cref="Abstractions.ConnectorProtocolException">The body is malformed, truncated or not an array of objects.</exception>
    public async ValueTask<FilteredPage<T>> FilterPageAsync<T>(Stream utf8Json, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var sink = new ManagedRecordList<T>(typeInfo);
        var scanner = await PooledJsonReader.ScanAsync(utf8Json, new RecordScanner(_attributeUtf8, sink, single: false), cancellationToken).ConfigureAwait(false);
        return new FilteredPage<T>(sink.Items, scanner.RecordCount, scanner.Excluded);
    }

    /// <summary>Filters a list page (a JSON array of user or group records) held in memory.</summary>
    /// <typeparam name="T">The model managed records are read into.</typeparam>
    /// <param name="utf8Json">The response body.</param>
    /// <param name="typeInfo">The source-generated metadata of <typeparamref name="T"/>.</param>
    /// <returns>The managed records and the exclusion counts.</returns>
    /// <exception cref="Abstractions.ConnectorProtocolException">The body is malformed, truncated or not an array of objects.</exception>
    public FilteredPage<T> FilterPage<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo)
    {
        var sink = new ManagedRecordList<T>(typeInfo);
        var scanner = new RecordScanner(_attributeUtf8, sink, single: false);
        PooledJsonReader.Scan(utf8Json, ref scanner);
        return new FilteredPage<T>(sink.Items, scanner.RecordCount, scanner.Excluded);
    }

    /// <summary>Decides every record of a list page held in memory without reading any into a model.</summary>
    /// <param name="utf8Json">The response body.</param>
    /// <returns>Counts only.</returns>
    /// <exception cref="Abstractions.ConnectorProtocolException">The body is malformed, truncated or not an array of objects.</exception>
    public PageDecision DecidePage(ReadOnlySpan<byte> utf8Json)
    {
        var scanner = new RecordScanner(_attributeUtf8, sink: null, single: false);
        PooledJsonReader.Scan(utf8Json, ref scanner);
        return new PageDecision(scanner.RecordCount, scanner.ManagedCount, scanner.Excluded);
    }

    /// <summary>Decides every record of a list page read from a stream without reading any into a model.</summary>
    /// <param name="utf8Json">The response body; read to its end, not disposed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Counts only.</returns>
    /// <exception cref="Abstractions.ConnectorProtocolException">The body is malformed, truncated or not an array of objects.</exception>
    public async ValueTask<PageDecision> DecidePageAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        var scanner = await PooledJsonReader.ScanAsync(utf8Json, new RecordScanner(_attributeUtf8, sink: null, single: false), cancellationToken).ConfigureAwait(false);
        return new PageDecision(scanner.RecordCount, scanner.ManagedCount, scanner.Excluded);
    }

    /// <summary>Reads a single record (a fresh GET body) when, and only when, it is managed.</summary>
    /// <typeparam name="T">The model the record is read into.</typeparam>
    /// <param name="utf8Json">The response body: one JSON object.</param>
    /// <param name="typeInfo">The source-generated metadata of <typeparamref name="T"/>.</param>
    /// <param name="value">The record when managed; otherwise default.</param>
    /// <param name="reason"><see cref="ExclusionReason.None"/> when managed, otherwise why not.</param>
    /// <returns>True when the record is managed and was read.</returns>
    /// <exception cref="Abstractions.ConnectorProtocolException">The body is malformed, truncated or not an object.</exception>
    public bool TryReadManaged<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo, [MaybeNullWhen(false)] out T value, out ExclusionReason reason)
    {
        var sink = new ManagedRecordList<T>(typeInfo);
        var scanner = new RecordScanner(_attributeUtf8, sink, single: true);
        PooledJsonReader.Scan(utf8Json, ref scanner);
        reason = scanner.LastReason;
        if (reason == ExclusionReason.None)
        {
            value = sink.Items[0];
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Reads a single record (a fresh GET body) from a stream when, and only when, it is managed.</summary>
    /// <typeparam name="T">The model the record is read into.</typeparam>
    /// <param name="utf8Json">The response body: one JSON object; read to its end, not disposed.</param>
    /// <param name="typeInfo">The source-generated metadata of <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The verdict, with the record when managed.</returns>
    /// <exception cref="Abstractions.ConnectorProtocolException">The body is malformed, truncated or not an object.</exception>
    public async ValueTask<ManagedRecord<T>> ReadManagedAsync<T>(Stream utf8Json, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
    {
        var sink = new ManagedRecordList<T>(typeInfo);
        var scanner = await PooledJsonReader.ScanAsync(utf8Json, new RecordScanner(_attributeUtf8, sink, single: true), cancellationToken).ConfigureAwait(false);
        return scanner.LastReason == ExclusionReason.None
            ? new ManagedRecord<T>(sink.Items[0], ExclusionReason.None)
            : new ManagedRecord<T>(default, scanner.LastReason);
    }

    /// <summary>Decides a single record (a fresh GET body) without reading it into a model.</summary>
    /// <param name="utf8Json">The response body: one JSON object.</param>
    /// <returns><see cref="ExclusionReason.None"/> when managed, otherwise why not.</returns>
    /// <exception cref="Abstractions.ConnectorProtocolException">The body is malformed, truncated or not an object.</exception>
    public ExclusionReason Decide(ReadOnlySpan<byte> utf8Json)
    {
        var scanner = new RecordScanner(_attributeUtf8, sink: null, single: true);
        PooledJsonReader.Scan(utf8Json, ref scanner);
        return scanner.LastReason;
    }
}
