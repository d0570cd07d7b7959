using System.Collections.Concurrent;

namespace OktaCiam.Connector;

/// <summary>Tracks Okta's rate-limit buckets (per method and path template) for one connector instance and says when to pause.</summary>
/// <remarks>
/// Reset times are kept on the local clock, converted with the server's <c>Date</c>, so clock skew does not matter. Between
/// responses each request sent takes one from the bucket, so concurrent requests do not all spend the last few.
/// </remarks>
internal sealed class OktaRateLimiter(TimeProvider timeProvider, double headroom, TimeSpan maxPause)
{
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);

    /// <summary>Takes one request from <paramref name="bucket"/>, or returns how long to pause first when only the headroom is left.</summary>
    public TimeSpan Reserve(string bucket)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        if (!_buckets.TryGetValue(bucket, out var state))
        {
            return TimeSpan.Zero;
        }

        var now = timeProvider.GetUtcNow();
        lock (state)
        {
            if (now >= state.ResetAt)
            {
                return TimeSpan.Zero;
            }

            var reserve = (long)Math.Ceiling(state.Limit * headroom);
            if (state.Remaining > reserve)
            {
                state.Remaining--;
                return TimeSpan.Zero;
            }

            var wait = state.ResetAt - now;
            return wait < maxPause ? wait : maxPause;
        }
    }

    /// <summary>Updates <paramref name="bucket"/> from the headers of <paramref name="response"/>; a response without them changes nothing.</summary>
    public void Update(string bucket, HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        ArgumentNullException.ThrowIfNull(response);
        if (!OktaRateLimitHeaders.TryRead(response, out var limit, out var remaining, out _))
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        var resetAt = now + (OktaRateLimitHeaders.UntilReset(response, now) ?? TimeSpan.Zero);
        if ((int)response.StatusCode == 429)
        {
            remaining = 0;
        }

        var state = _buckets.GetOrAdd(bucket, static _ => new Bucket());
        lock (state)
        {
            // Date has one-second resolution: a reset more than a second later is a new window, otherwise keep the lower count.
            var newWindow = now >= state.ResetAt || resetAt > state.ResetAt + TimeSpan.FromSeconds(1);
            state.Limit = limit;
            state.Remaining = newWindow ? remaining : Math.Min(state.Remaining, remaining);
            state.ResetAt = newWindow ? resetAt : state.ResetAt;
        }
    }

    /// <summary>Returns the last known state of every bucket whose window has not reset yet.</summary>
    public IReadOnlyList<OktaRateLimitBucketState> Snapshot()
    {
        var now = timeProvider.GetUtcNow();
        List<OktaRateLimitBucketState> states = [];
        foreach (var (name, state) in _buckets)
        {
            lock (state)
            {
                if (now < state.ResetAt)
                {
                    states.Add(new OktaRateLimitBucketState(name, state.Limit, state.Remaining, state.ResetAt));
                }
            }
        }

        return states;
    }

    private sealed class Bucket
    {
        public long Limit { get; set; }

        public long Remaining { get; set; }

        public DateTimeOffset ResetAt { get; set; } = DateTimeOffset.MinValue;
    }
}
