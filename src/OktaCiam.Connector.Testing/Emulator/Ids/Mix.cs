namespace OktaCiam.Connector.Testing;

/// <summary>Small deterministic hash functions: the same seed and position always give the same tenant.</summary>
internal static class Mix
{
    public static ulong SplitMix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    public static ulong Of(ulong key, long position, ulong salt) => SplitMix(key ^ SplitMix((ulong)position * 0x632BE59BD9B4E019UL + salt));

    /// <summary>A uniform integer in [0, range) taken from some bits of <paramref name="hash"/>.</summary>
    public static int Pick(ulong hash, int shift, int range) => (int)(((hash >> shift) & 0xFFFFFFFFUL) * (ulong)range >> 32);
}
