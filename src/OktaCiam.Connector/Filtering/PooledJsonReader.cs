using System.Buffers;
using System.Text.Json;

namespace OktaCiam.Connector;

/// <summary>
/// Feeds a JSON stream through a pooled buffer to a resumable <see cref="IJsonChunkScanner"/>, like System.Text.Json's
/// ReadBufferState: memory is bounded by the largest retained record or token, not by the page.
/// </summary>
internal static class PooledJsonReader
{
    /// <summary>The first buffer rented per read (the pool rounds it up to a power of two).</summary>
    public const int InitialBufferSize = 16 * 1024;

    /// <summary>The largest buffer a single record or token may need; beyond it the page is refused.</summary>
    public const int MaxBufferSize = 16 * 1024 * 1024;

    /// <summary>The reader options every filter path uses: strict JSON, System.Text.Json's default depth limit.</summary>
    public static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    // Skipped at the start of a body, as System.Text.Json's own stream reading does.
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Scans a whole UTF-8 JSON document held in memory.</summary>
    public static void Scan<TScanner>(ReadOnlySpan<byte> utf8Json, ref TScanner scanner)
        where TScanner : struct, IJsonChunkScanner
    {
        if (utf8Json.StartsWith(Utf8Bom))
        {
            utf8Json = utf8Json[Utf8Bom.Length..];
        }

        try
        {
            var reader = new Utf8JsonReader(utf8Json, isFinalBlock: true, new JsonReaderState(ReaderOptions));
            scanner.Scan(ref reader, utf8Json, 0);
        }
        catch (JsonException exception)
        {
            throw FilterErrors.Malformed(exception);
        }

        scanner.Complete();
    }

    /// <summary>Scans a UTF-8 JSON stream to its end and returns the scanner in its final state.</summary>
    public static async ValueTask<TScanner> ScanAsync<TScanner>(Stream utf8Json, TScanner scanner, CancellationToken cancellationToken)
        where TScanner : struct, IJsonChunkScanner
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        var count = 0;
        var offset = 0;
        var highWater = 0;
        var state = new JsonReaderState(ReaderOptions);
        var isFinalBlock = false;
        var isFirstBlock = true;
        try
        {
            while (!isFinalBlock)
            {
                if (buffer.Length - count < buffer.Length / 2)
                {
                    var keep = scanner.RetainFrom(offset);
                    if (keep > 0)
                    {
                        buffer.AsSpan(keep, count - keep).CopyTo(buffer);
                        count -= keep;
                        offset -= keep;
                        scanner.Shift(keep);
                    }

                    if (buffer.Length - count < buffer.Length / 4)
                    {
                        buffer = Grow(buffer, count, highWater);
                        highWater = count;
                    }
                }

                // Fill the buffer before scanning, so a token split across many small reads is rescanned only a few times.
                do
                {
                    var read = await utf8Json.ReadAsync(buffer.AsMemory(count), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        isFinalBlock = true;
                        break;
                    }

                    count += read;
                }
                while (count < buffer.Length);

                highWater = Math.Max(highWater, count);
                if (isFirstBlock)
                {
                    isFirstBlock = false;
                    if (buffer.AsSpan(0, count).StartsWith(Utf8Bom))
                    {
                        offset = Utf8Bom.Length;
                    }
                }

                offset += ScanChunk(ref scanner, buffer.AsSpan(0, count), offset, isFinalBlock, ref state);
            }
        }
        catch (JsonException exception)
        {
            throw FilterErrors.Malformed(exception);
        }
        finally
        {
            // The buffer held customer records: wipe it before another renter can see it.
            Return(buffer, highWater);
        }

        scanner.Complete();
        return scanner;
    }

    private static int ScanChunk<TScanner>(ref TScanner scanner, ReadOnlySpan<byte> buffer, int offset, bool isFinalBlock, ref JsonReaderState state)
        where TScanner : struct, IJsonChunkScanner
    {
        var reader = new Utf8JsonReader(buffer[offset..], isFinalBlock, state);
        scanner.Scan(ref reader, buffer, offset);
        state = reader.CurrentState;
        return (int)reader.BytesConsumed;
    }

    private static byte[] Grow(byte[] buffer, int count, int highWater)
    {
        if (buffer.Length >= MaxBufferSize)
        {
            throw FilterErrors.RecordTooLarge(MaxBufferSize);
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxBufferSize));
        buffer.AsSpan(0, count).CopyTo(larger);
        Return(buffer, highWater);
        return larger;
    }

    private static void Return(byte[] buffer, int highWater)
    {
        buffer.AsSpan(0, highWater).Clear();
        ArrayPool<byte>.Shared.Return(buffer);
    }
}
