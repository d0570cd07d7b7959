namespace OktaCiam.Connector;

/// <summary>A snapshot of <see cref="OktaApiStats"/>; subtract two to get the calls one run (a sync, a validation) made.</summary>
internal readonly record struct OktaApiCallCounts(long RequestsSent, long RateLimited, long ServerErrors, long TokenRequests, long RateLimitPauses)
{
    public static OktaApiCallCounts operator -(OktaApiCallCounts after, OktaApiCallCounts before) => new(
        after.RequestsSent - before.RequestsSent,
        after.RateLimited - before.RateLimited,
        after.ServerErrors - before.ServerErrors,
        after.TokenRequests - before.TokenRequests,
        after.RateLimitPauses - before.RateLimitPauses);
}
