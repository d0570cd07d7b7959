using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace OktaCiam.Connector;

/// <summary>Decides which Okta failures are retried and how long to wait: 429 until the bucket resets (by the server's clock), others with jittered backoff.</summary>
internal static class OktaRetryPolicy
{
    /// <summary>The extra wait after a rate-limit reset, so a retry does not land in the last second of the old window.</summary>
    public static readonly TimeSpan ResetMargin = TimeSpan.FromSeconds(1);

    /// <summary>The most jitter added to a rate-limit wait, so clients released by the same reset do not all retry at once.</summary>
    public static readonly TimeSpan MaxResetJitter = TimeSpan.FromSeconds(1);

    /// <summary>Okta's "search is unavailable" error code (503), which is not retried.</summary>
    public const string SearchUnavailableCode = "E0000100";

    /// <summary>Creates the retry options, or <see langword="null"/> when retries are off.</summary>
    /// <param name="options">The HTTP settings.</param>
    /// <param name="timeProvider">The clock the waits are measured on.</param>
    /// <param name="isRetrySafe">Whether the request of an attempt may be repeated after a server error or lost response.</param>
    /// <param name="describe">Names the request for logs (a path template).</param>
    /// <param name="logger">The logger.</param>
    public static RetryStrategyOptions<HttpResponseMessage>? CreateOptions(
        OktaCiamHttpOptions options,
        TimeProvider timeProvider,
        Func<ResilienceContext, bool> isRetrySafe,
        Func<ResilienceContext, string> describe,
        ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxRetryAttempts == 0)
        {
            return null;
        }

        return new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromSeconds(1),
            MaxDelay = options.MaxRetryDelay,
            ShouldHandle = args => ShouldRetryAsync(args.Outcome, isRetrySafe(args.Context), timeProvider, options.MaxRetryDelay, args.Context.CancellationToken),
            DelayGenerator = args => ValueTask.FromResult(GetDelay(args.Outcome, timeProvider)),
            OnRetry = args =>
            {
                Log.OktaRetry(logger, describe(args.Context), args.RetryDelay, args.AttemptNumber + 1, Reason(args.Outcome));
                return ValueTask.CompletedTask;
            },
        };
    }

    /// <summary>Returns whether <paramref name="outcome"/> is worth another attempt.</summary>
    public static async ValueTask<bool> ShouldRetryAsync(
        Outcome<HttpResponseMessage> outcome, bool retrySafe, TimeProvider timeProvider, TimeSpan maxDelay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (outcome.Exception is { } exception)
        {
            return exception switch
            {
                // Never connected: Okta cannot have acted on it.
                HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } => true,
                HttpRequestException or IOException or TimeoutRejectedException => retrySafe,
                _ => false,
            };
        }

        var response = outcome.Result;
        if (response is null)
        {
            return false;
        }

        switch ((int)response.StatusCode)
        {
            case 429:
                // Okta rejected it before acting; beyond MaxRetryDelay the caller gets the wait in the exception instead.
                var wait = OktaRateLimitHeaders.UntilReset(response, timeProvider.GetUtcNow()) ?? TimeSpan.Zero;
                return wait + ResetMargin <= maxDelay;
            case 409:
                return await HasErrorCodeAsync(response, "E0000268", cancellationToken).ConfigureAwait(false);
            case 503 when await HasErrorCodeAsync(response, SearchUnavailableCode, cancellationToken).ConfigureAwait(false):
                // Search is down, not the org: readers fall back to full scans at once rather than wait through retries.
                return false;
            case 500 or 502 or 503 or 504:
                var retryAfter = OktaRateLimitHeaders.RetryAfter(response, timeProvider.GetUtcNow());
                return retrySafe && (retryAfter is null || retryAfter <= maxDelay);
            default:
                return false;
        }
    }

    /// <summary>Returns the wait before the next attempt, or <see langword="null"/> for the jittered exponential backoff.</summary>
    public static TimeSpan? GetDelay(Outcome<HttpResponseMessage> outcome, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (outcome.Result is not { } response)
        {
            return null;
        }

        var now = timeProvider.GetUtcNow();
        if (response.StatusCode == HttpStatusCode.TooManyRequests && OktaRateLimitHeaders.UntilReset(response, now) is { } untilReset)
        {
            return untilReset + ResetMargin + (MaxResetJitter * Random.Shared.NextDouble());
        }

        return OktaRateLimitHeaders.RetryAfter(response, now);
    }

    private static async ValueTask<bool> HasErrorCodeAsync(HttpResponseMessage response, string errorCode, CancellationToken cancellationToken)
    {
        try
        {
            // Buffered so the caller can still read the error body if the retries run out.
            await response.Content.LoadIntoBufferAsync(OktaErrorBody.MaxBytes, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return OktaErrorBody.Parse(body).ErrorCode == errorCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            return false;
        }
    }

    private static string Reason(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } exception ? exception.GetType().Name : $"HTTP {(int)outcome.Result!.StatusCode}";
}
