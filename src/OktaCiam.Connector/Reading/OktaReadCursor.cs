using System.Text;

namespace OktaCiam.Connector;

/// <summary>
/// The opaque SDK cursor of a connector list: which list, which Okta list within it, the Okta page to read next (path and
/// query) and where in it, plus the walk it belongs to. Encoded as base64url with a checksum bound to the org and attribute.
/// </summary>
/// <remarks>
/// The checksum detects a changed or truncated cursor and one issued for another org or attribute; it is not a secret, so
/// every decoded cursor is also checked against what its list would request itself (see <see cref="OktaReadPaths"/>).
/// Cursors hold no identities beyond managed ids (a group or role id) and Okta's own <c>after</c> values.
/// </remarks>
internal sealed record OktaReadCursor
{
    /// <summary>The longest cursor accepted, in characters.</summary>
    public const int MaxLength = 8192;

    private const byte Version = 1;

    public required OktaReadList List { get; init; }

    public required OktaReadPhase Phase { get; init; }

    /// <summary>Gets the id of the group or role the list belongs to, or <see langword="null"/>.</summary>
    public string? Scope { get; init; }

    /// <summary>Gets the Okta path and query of the page to read, or <see langword="null"/> for in-memory lists.</summary>
    public string? Path { get; init; }

    /// <summary>Gets how many items of the page (or in-memory list) were already returned.</summary>
    public int Offset { get; init; }

    /// <summary>Gets the id of the walk the cursor belongs to (random, issued with the first page).</summary>
    public long Walk { get; init; }

    /// <summary>Gets the number of pages of the walk returned before this one.</summary>
    public int Sequence { get; init; }

    /// <summary>Gets the <c>lastUpdated</c> bound of a search walk in Unix milliseconds: records changed later come from the recent-changes list. Zero for none.</summary>
    public long Threshold { get; init; }

    /// <summary>Encodes and seals the cursor.</summary>
    public string Encode(OktaCursorProtector protector)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write((byte)List);
            writer.Write((byte)Phase);
            writer.Write(Scope ?? string.Empty);
            writer.Write(Path ?? string.Empty);
            writer.Write(Offset);
            writer.Write(Walk);
            writer.Write(Sequence);
            writer.Write(Threshold);
        }

        return protector.Protect(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Decodes a cursor issued for <paramref name="list"/>, or throws an <see cref="ArgumentException"/> that says to start over.</summary>
    /// <param name="cursor">The cursor as the caller passed it.</param>
    /// <param name="protector">The instance's cursor protector.</param>
    /// <param name="list">The list being read.</param>
    /// <param name="scope">The group or role being read, for scoped lists.</param>
    public static OktaReadCursor Decode(string cursor, OktaCursorProtector protector, OktaReadList list, string? scope = null)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        ArgumentNullException.ThrowIfNull(protector);
        if (!TryDecode(cursor, protector, out var decoded) || decoded.List != list || !string.Equals(decoded.Scope, scope, StringComparison.Ordinal))
        {
            throw Invalid();
        }

        return decoded;
    }

    /// <summary>Describes the cursor without its Okta path, whose <c>after</c> value can be a customer's id.</summary>
    public override string ToString() => $"OktaReadCursor {{ List = {List}, Phase = {Phase}, Offset = {Offset}, Sequence = {Sequence} }}";

    /// <summary>Returns the error for a cursor this connector did not issue for the list being read.</summary>
    public static ArgumentException Invalid() =>
        new("The page cursor was not issued by this connector for this list, or it was changed or cut short: start the list again without a cursor.", "page");

    private static bool TryDecode(string cursor, OktaCursorProtector protector, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out OktaReadCursor? decoded)
    {
        decoded = null;
        if (cursor.Length is 0 or > MaxLength || protector.Unprotect(cursor) is not { } payload)
        {
            return false;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(payload), new UTF8Encoding(false, throwOnInvalidBytes: true));
            if (reader.ReadByte() != Version)
            {
                return false;
            }

            var list = (OktaReadList)reader.ReadByte();
            var phase = (OktaReadPhase)reader.ReadByte();
            var scope = reader.ReadString();
            var path = reader.ReadString();
            var result = new OktaReadCursor
            {
                List = list,
                Phase = phase,
                Scope = scope.Length == 0 ? null : scope,
                Path = path.Length == 0 ? null : path,
                Offset = reader.ReadInt32(),
                Walk = reader.ReadInt64(),
                Sequence = reader.ReadInt32(),
                Threshold = reader.ReadInt64(),
            };
            if (reader.BaseStream.Position != payload.Length || !Enum.IsDefined(list) || !Enum.IsDefined(phase)
                || result.Offset < 0 || result.Sequence < 0 || result.Threshold < 0)
            {
                return false;
            }

            decoded = result;
            return true;
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or DecoderFallbackException)
        {
            return false;
        }
    }
}
