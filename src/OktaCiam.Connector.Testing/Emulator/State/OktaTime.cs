using System.Globalization;

namespace OktaCiam.Connector.Testing;

/// <summary>Okta's timestamp format, <c>2013-06-24T16:39:18.000Z</c>, over Unix milliseconds (0 = null).</summary>
internal static class OktaTime
{
    public static string Format(long unixMilliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static bool TryFormat(long unixMilliseconds, Span<byte> destination, out int written) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds).UtcDateTime
            .TryFormat(destination, out written, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out long unixMilliseconds)
    {
        unixMilliseconds = 0;
        if (text is null || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return false;
        }

        unixMilliseconds = value.ToUnixTimeMilliseconds();
        return true;
    }
}
