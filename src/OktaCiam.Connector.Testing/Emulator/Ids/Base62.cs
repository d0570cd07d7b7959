namespace OktaCiam.Connector.Testing;

/// <summary>Base62 digits as Okta ids use them (0-9, A-Z, a-z).</summary>
internal static class Base62
{
    public const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static void Write(Span<char> destination, ulong value)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = Alphabet[(int)(value % 62)];
            value /= 62;
        }
    }

    public static bool TryRead(ReadOnlySpan<char> digits, out ulong value)
    {
        value = 0;
        foreach (var c in digits)
        {
            int d = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'A' and <= 'Z' => c - 'A' + 10,
                >= 'a' and <= 'z' => c - 'a' + 36,
                _ => -1,
            };
            if (d < 0)
            {
                return false;
            }

            value = (value * 62) + (ulong)d;
        }

        return true;
    }
}
