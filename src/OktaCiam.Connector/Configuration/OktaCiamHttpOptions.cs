using System.ComponentModel.DataAnnotations;

namespace OktaCiam.Connector;

/// <summary>How the connector talks to the Okta Management API: concurrency, retries, timeouts and rate-limit headroom.</summary>
/// <remarks>The defaults suit an org whose rate limits and concurrency are shared with other integrations.</remarks>
public sealed class OktaCiamHttpOptions
{
    /// <summary>The default of <see cref="MaxConcurrentRequests"/>.</summary>
    public const int DefaultMaxConcurrentRequests = 8;

    /// <summary>The default of <see cref="MaxRetryAttempts"/>.</summary>
    public const int DefaultMaxRetryAttempts = 4;

    /// <summary>Gets or sets the most requests this instance has in flight at once. Default 8; range 1 to 75.</summary>
    /// <remarks>Okta limits concurrent requests per org (about 75) and shares that limit with every other client of the org.</remarks>
    [Range(1, 75, ErrorMessage = "Http:MaxConcurrentRequests must be between 1 and 75 (Okta's org-wide concurrency limit is shared with other clients).")]
    public int MaxConcurrentRequests { get; set; } = DefaultMaxConcurrentRequests;

    /// <summary>Gets or sets how many times a failed request is retried (rate limited, server error, timeout, dropped connection). Default 4; range 0 to 10.</summary>
    /// <remarks>Only requests that are safe to repeat are retried after a server error or a dropped connection; a 429 is retried for every request.</remarks>
    [Range(0, 10, ErrorMessage = "Http:MaxRetryAttempts must be between 0 and 10.")]
    public int MaxRetryAttempts { get; set; } = DefaultMaxRetryAttempts;

    /// <summary>Gets or sets how long one attempt may take to receive the response headers, and then the body. Default 30 seconds; range 1 second to 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "Http:RequestTimeout must be between 00:00:01 and 00:05:00.")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the longest wait before a retry, including a wait for a rate-limit window to reset. Default 90 seconds; range 1 second to 10 minutes.</summary>
    /// <remarks>When Okta asks for a longer wait, the request fails with a rate-limited error that carries the wait instead.</remarks>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Http:MaxRetryDelay must be between 00:00:01 and 00:10:00.")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>Gets or sets the share of each rate-limit bucket left to other clients: requests pause until the window resets once only this share remains. Default 0.1; range 0 to 0.9.</summary>
    /// <remarks>0 spends a bucket down to its last request; Okta's rate limits are per org and endpoint, so other integrations draw from the same buckets.</remarks>
    [Range(0.0, 0.9, ErrorMessage = "Http:RateLimitHeadroom must be between 0 and 0.9 (a share of each rate-limit bucket, for example 0.1).")]
    public double RateLimitHeadroom { get; set; } = 0.1;

    /// <summary>Returns a description of the settings.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"OktaCiamHttpOptions {{ MaxConcurrentRequests = {MaxConcurrentRequests}, MaxRetryAttempts = {MaxRetryAttempts}, RequestTimeout = {RequestTimeout}, MaxRetryDelay = {MaxRetryDelay}, RateLimitHeadroom = {RateLimitHeadroom} }}";
}
