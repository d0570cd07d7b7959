namespace OktaCiam.Connector.Testing;

/// <summary>
/// Okta-shaped ids (prefix + 14 base62 characters + a 3-character cell suffix, 20 in all for users and groups).
/// A user id encodes its table position through a keyed permutation, so a million generated users need no id strings in memory.
/// </summary>
internal sealed class OktaIds
{
    public const int MaxPositions = 1 << 24;
    private const string Suffix = "1d7";
    private const ulong CursorMask = (1UL << 40) - 1;
    private const ulong CursorMultiplier = 0x9E3779B97FUL;
    private static readonly ulong CursorInverse = InverseModulo2To40(CursorMultiplier);
    private readonly ulong _key;
    private readonly uint[] _roundKeys;

    public OktaIds(ulong key)
    {
        _key = key;
        _roundKeys = new uint[4];
        for (var i = 0; i < _roundKeys.Length; i++)
        {
            _roundKeys[i] = (uint)Mix.SplitMix(key + (ulong)i + 1);
        }
    }

    public string User(int position) => Positional("00u", position, 0x5553UL);

    public bool TryDecodeUser(string id, out int position) => TryDecodePositional("00u", id, 0x5553UL, out position);

    /// <summary>An opaque paging cursor for a position (12 characters, checked on the way back).</summary>
    public string Cursor(long position)
    {
        Span<char> chars = stackalloc char[12];
        var scrambled = ((((ulong)position & CursorMask) * CursorMultiplier) + _key) & CursorMask;
        Base62.Write(chars[..8], scrambled);
        Base62.Write(chars[8..], Mix.Of(_key, position, 0xC0C0UL) % (62UL * 62 * 62 * 62));
        return new string(chars);
    }

    public bool TryDecodeCursor(string? cursor, out long position)
    {
        position = -1;
        if (cursor is null || cursor.Length != 12 || !Base62.TryRead(cursor.AsSpan(0, 8), out var scrambled) || scrambled > CursorMask)
        {
            return false;
        }

        var candidate = (long)(((scrambled - _key) & CursorMask) * CursorInverse & CursorMask);
        if (!string.Equals(Cursor(candidate), cursor, StringComparison.Ordinal))
        {
            return false;
        }

        position = candidate;
        return true;
    }

    public static string Random(Random random, string prefix, int bodyLength = 14, string suffix = Suffix)
    {
        Span<char> body = stackalloc char[bodyLength];
        for (var i = 0; i < body.Length; i++)
        {
            body[i] = Base62.Alphabet[random.Next(62)];
        }

        return string.Concat(prefix, body, suffix);
    }

    private string Positional(string prefix, int position, ulong salt)
    {
        Span<char> chars = stackalloc char[20];
        prefix.AsSpan().CopyTo(chars);
        Base62.Write(chars.Slice(3, 9), Mix.Of(_key, position, salt) % 13537086546263552UL); // 62^9
        Base62.Write(chars.Slice(12, 5), Permute((uint)position));
        Suffix.AsSpan().CopyTo(chars[17..]);
        return new string(chars);
    }

    private bool TryDecodePositional(string prefix, string id, ulong salt, out int position)
    {
        position = -1;
        if (id.Length != 20 || !id.StartsWith(prefix, StringComparison.Ordinal) || !Base62.TryRead(id.AsSpan(12, 5), out var encoded) || encoded >= MaxPositions)
        {
            return false;
        }

        var candidate = (int)Unpermute((uint)encoded);
        if (!string.Equals(Positional(prefix, candidate, salt), id, StringComparison.Ordinal))
        {
            return false;
        }

        position = candidate;
        return true;
    }

    /// <summary>A 24-bit Feistel permutation: invertible by construction, so ids and logins decode back to positions.</summary>
    public uint Permute(uint value)
    {
        uint left = (value >> 12) & 0xFFF, right = value & 0xFFF;
        foreach (var k in _roundKeys)
        {
            (left, right) = (right, left ^ Round(right, k));
        }

        return (left << 12) | right;
    }

    public uint Unpermute(uint value)
    {
        uint left = (value >> 12) & 0xFFF, right = value & 0xFFF;
        for (var i = _roundKeys.Length - 1; i >= 0; i--)
        {
            (left, right) = (right ^ Round(left, _roundKeys[i]), left);
        }

        return (left << 12) | right;
    }

    /// <summary>The multiplicative inverse of an odd number modulo 2^40 (Newton's iteration), to undo the cursor scrambling.</summary>
    private static ulong InverseModulo2To40(ulong odd)
    {
        var inverse = odd;
        for (var i = 0; i < 6; i++)
        {
            inverse *= 2 - (odd * inverse);
        }

        return inverse & CursorMask;
    }

    private static uint Round(uint half, uint key) => (uint)(Mix.SplitMix(half ^ key) & 0xFFF);
}
