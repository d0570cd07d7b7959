namespace OktaCiam.Connector.Testing;

/// <summary>Options for <see cref="OktaEmulator.StartAsync"/>.</summary>
public sealed class OktaEmulatorOptions
{
    /// <summary>Gets or sets what the org contains at start. Default: a small org (see <see cref="OktaEmulatorSeed"/>).</summary>
    public OktaEmulatorSeed Seed { get; set; } = new();

    /// <summary>Gets or sets the TCP port on 127.0.0.1; 0 (default) picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>Gets or sets the clock for timestamps, the <c>Date</c> header, rate-limit resets, token expiry, search-index lag and latency faults. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets the name of the boolean profile attribute that marks managed identities. Default <c>opal_okta_ciam_managed</c>.</summary>
    public string ManagedAttribute { get; set; } = "opal_okta_ciam_managed";

    /// <summary>Gets or sets how long changes take to reach the search index. Default zero (changes are searchable at once).</summary>
    public TimeSpan SearchIndexLag { get; set; }

    /// <summary>Gets or sets whether <c>search</c> matches loosely like a text index (<c>eq true</c> also finds the string "true" or <c>[true]</c>). Default <see langword="true"/>.</summary>
    public bool LooseSearchMatching { get; set; } = true;

    /// <summary>Gets or sets the requests per window allowed in each rate-limit bucket without an entry in <see cref="RateLimits"/>. Default 10,000 (Okta's real limits are lower; set them per bucket to emulate them).</summary>
    public int DefaultRateLimit { get; set; } = 10_000;

    /// <summary>Gets per-bucket limits, keyed by bucket name: the method and the route template, for example <c>GET /api/v1/users</c> or <c>GET /api/v1/users/{id}</c>.</summary>
    public IDictionary<string, int> RateLimits { get; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Gets or sets the rate-limit window. Default one minute.</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets or sets how many requests may be in flight at once, like Okta's org-wide concurrency limit; beyond it the answer is 429 <c>E0000047</c>. Default <see langword="null"/> (no limit).</summary>
    public int? ConcurrencyLimit { get; set; }

    /// <summary>Gets or sets the SSWS API token the emulator accepts; <see langword="null"/> (default) makes a random one.</summary>
    public string? ApiToken { get; set; }

    /// <summary>Gets or sets how long OAuth access tokens live. Default one hour, as in Okta.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(Seed);
        ArgumentNullException.ThrowIfNull(TimeProvider);
        ArgumentOutOfRangeException.ThrowIfNegative(Port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, 65535);
        ArgumentOutOfRangeException.ThrowIfLessThan(SearchIndexLag, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(DefaultRateLimit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RateLimitWindow, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(AccessTokenLifetime, TimeSpan.Zero);
        if (string.IsNullOrEmpty(ManagedAttribute) || !char.IsAsciiLetter(ManagedAttribute[0]) || !ManagedAttribute.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException($"ManagedAttribute '{ManagedAttribute}' must be a plain property name (ASCII letters, digits, underscores).", nameof(ManagedAttribute));
        }

        if (ApiToken is not null && (ApiToken.Length < 8 || ApiToken.Any(char.IsWhiteSpace)))
        {
            throw new ArgumentException("ApiToken must be at least 8 characters without spaces.", nameof(ApiToken));
        }

        if (ConcurrencyLimit is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ConcurrencyLimit), ConcurrencyLimit, "ConcurrencyLimit must be at least 1 (or null for none).");
        }

        foreach (var (bucket, limit) in RateLimits)
        {
            if (limit < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(RateLimits), limit, $"The rate limit of '{bucket}' must be at least 1.");
            }
        }
    }
}
