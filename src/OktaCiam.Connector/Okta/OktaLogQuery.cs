using System.Globalization;

namespace OktaCiam.Connector;

/// <summary>The parameters of <c>GET /api/v1/logs</c>. For polling, persist the whole next path and query of the last page as the checkpoint.</summary>
internal sealed record OktaLogQuery
{
    /// <summary>The largest page Okta serves for the System Log.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Gets the start of the time range (inclusive).</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Gets the end of the time range (exclusive); leave null to poll.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>Gets the filter expression, for example <c>eventType eq "group.user_membership.add"</c>.</summary>
    public string? Filter { get; init; }

    /// <summary>Gets the page size, 1 to 1000.</summary>
    public int? Limit { get; init; } = MaxLimit;

    /// <summary>Gets the order; ASCENDING suits polling.</summary>
    public string SortOrder { get; init; } = "ASCENDING";

    /// <summary>Returns the request path and query.</summary>
    public string ToPathAndQuery() => OktaPath.WithQuery(
        "/api/v1/logs",
        ("since", Since?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)),
        ("until", Until?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)),
        ("filter", Filter),
        ("limit", OktaPath.Limit(Limit, MaxLimit)),
        ("sortOrder", SortOrder));
}
