using System.Globalization;

namespace OktaCiam.Connector;

/// <summary>Reads Okta's <c>X-Rate-Limit-*</c> headers and measures waits against the server's own clock (its <c>Date</c> header).</summary>
internal static class OktaRateLimitHeaders
{
    /// <summary>Reads limit, remaining and reset (UTC epoch seconds); false when any is missing or not a number.</summary>
    public static bool TryRead(HttpResponseMessage response, out long limit, out long remaining, out long resetEpochSeconds)
    {
        ArgumentNullException.ThrowIfNull(response);
        remaining = resetEpochSeconds = 0;
        return TryGet(response, "X-Rate-Limit-Limit", out limit)
            & TryGet(response, "X-Rate-Limit-Remaining", out remaining)
            & TryGet(response, "X-Rate-Limit-Reset", out resetEpochSeconds);
    }

    /// <summary>Returns how long until the bucket resets, as <c>Reset − Date</c> (never negative); <see langword="null"/> without a Reset header.</summary>
    /// <param name="response">The response.</param>
    /// <param name="localNow">Used instead of the server's <c>Date</c> when that header is missing.</param>
    public static TimeSpan? UntilReset(HttpResponseMessage response, DateTimeOffset localNow)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!TryGet(response, "X-Rate-Limit-Reset", out var reset))
        {
            return null;
        }

        var serverNow = response.Headers.Date ?? localNow;
        var wait = DateTimeOffset.FromUnixTimeSeconds(reset) - serverNow;
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    /// <summary>Returns the <c>Retry-After</c> wait (seconds, or a date measured against the server's <c>Date</c>), or <see langword="null"/>.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset localNow)
    {
        ArgumentNullException.ThrowIfNull(response);
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta > TimeSpan.Zero ? delta : TimeSpan.Zero;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - (response.Headers.Date ?? localNow);
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static bool TryGet(HttpResponseMessage response, string name, out long value)
    {
        value = 0;
        return response.Headers.TryGetValues(name, out var values)
            && values.FirstOrDefault() is { } text
            && long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value)
            && value >= 0;
    }
}
