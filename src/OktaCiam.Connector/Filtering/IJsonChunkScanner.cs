using System.Text.Json;

namespace OktaCiam.Connector;

/// <summary>A resumable JSON token consumer that <see cref="PooledJsonReader"/> feeds one buffer at a time.</summary>
internal interface IJsonChunkScanner
{
    /// <summary>Consumes tokens until <paramref name="reader"/> needs more data or the input ends.</summary>
    /// <param name="reader">A reader over <paramref name="buffer"/> from <paramref name="readerOffset"/> on.</param>
    /// <param name="buffer">The whole buffered data; bytes before <paramref name="readerOffset"/> are ones this scanner asked to retain.</param>
    /// <param name="readerOffset">Where in <paramref name="buffer"/> the reader starts.</param>
    void Scan(ref Utf8JsonReader reader, ReadOnlySpan<byte> buffer, int readerOffset);

    /// <summary>Returns the first buffer index that must be kept; it is at most <paramref name="consumed"/>.</summary>
    int RetainFrom(int consumed);

    /// <summary>Tells the scanner that the buffer's content moved <paramref name="delta"/> bytes towards its start.</summary>
    void Shift(int delta);

    /// <summary>Checks, once the input has ended, that the whole expected document was read.</summary>
    void Complete();
}
