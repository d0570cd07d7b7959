namespace OktaCiam.Connector;

/// <summary>What the rate limiter last knew of one Okta rate-limit bucket.</summary>
/// <param name="Bucket">The bucket: method and path template, for example <c>GET /api/v1/users</c>.</param>
/// <param name="Limit">Requests allowed per window (<c>X-Rate-Limit-Limit</c>).</param>
/// <param name="Remaining">Requests left in the window, less those sent since (<c>X-Rate-Limit-Remaining</c>).</param>
/// <param name="ResetAt">When the window resets, on the local clock.</param>
internal sealed record OktaRateLimitBucketState(string Bucket, long Limit, long Remaining, DateTimeOffset ResetAt);
