using Microsoft.Extensions.Logging;

namespace OktaCiam.Connector;

/// <summary>Pauses a request while its rate-limit bucket is down to the headroom, and records every response's rate-limit headers.</summary>
/// <remarks>Sits outside the concurrency limiter, so a paused request does not hold a slot that requests to other buckets could use.</remarks>
internal sealed class OktaRateLimitHandler(OktaRateLimiter limiter, OktaApiStats stats, TimeProvider timeProvider, ILogger logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var bucket = OktaEndpoint.Describe(request);
        var pause = limiter.Reserve(bucket);
        if (pause > TimeSpan.Zero)
        {
            stats.RecordPause();
            Log.OktaRateLimitPause(logger, bucket, pause);
            await Task.Delay(pause, timeProvider, cancellationToken).ConfigureAwait(false);
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        limiter.Update(bucket, response);
        return response;
    }
}
