namespace OktaCiam.Connector.Testing;

/// <summary>Per-bucket fixed windows on the emulator's clock, like Okta's per-minute limits per endpoint and method.</summary>
internal sealed class RateLimiter(TimeProvider time, int defaultLimit, IDictionary<string, int> limits, TimeSpan window)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _limits = new(limits, StringComparer.Ordinal);
    private readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);

    public RateLimitDecision Consume(string bucket)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        lock (_gate)
        {
            var limit = _limits.GetValueOrDefault(bucket, defaultLimit);
            if (!_windows.TryGetValue(bucket, out var current) || now >= current.ResetAt)
            {
                current = new Window(now + (long)window.TotalMilliseconds, 0);
            }

            var allowed = current.Used < limit;
            if (allowed)
            {
                current = current with { Used = current.Used + 1 };
            }

            _windows[bucket] = current;
            return new RateLimitDecision(limit, Math.Max(0, limit - current.Used), (current.ResetAt + 999) / 1000, allowed);
        }
    }

    /// <summary>The headers a forced 429 shows: nothing left until <paramref name="resetAfter"/> from now.</summary>
    public RateLimitDecision Exhausted(string bucket, TimeSpan resetAfter)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        lock (_gate)
        {
            return new RateLimitDecision(_limits.GetValueOrDefault(bucket, defaultLimit), 0, (now + (long)resetAfter.TotalMilliseconds + 999) / 1000, false);
        }
    }

    public void SetLimit(string bucket, int limit)
    {
        lock (_gate)
        {
            _limits[bucket] = limit;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _windows.Clear();
        }
    }

    private readonly record struct Window(long ResetAt, int Used);
}
