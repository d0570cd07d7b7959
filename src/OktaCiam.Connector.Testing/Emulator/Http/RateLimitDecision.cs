namespace OktaCiam.Connector.Testing;

/// <summary>The state of a bucket after a request: what goes into the X-Rate-Limit headers, and whether the request may proceed.</summary>
internal readonly record struct RateLimitDecision(int Limit, int Remaining, long ResetEpochSeconds, bool Allowed);
