namespace OktaCiam.Connector;

/// <summary>The parameters of <c>GET /api/v1/groups</c>. <c>q</c> is left out on purpose: Okta does not page it.</summary>
internal sealed record OktaGroupQuery
{
    /// <summary>The largest page the connector asks for; Okta recommends at most 200 for groups.</summary>
    public const int MaxLimit = 200;

    /// <summary>Gets the search expression (profile attributes, custom ones included, and <c>type</c>).</summary>
    public string? Search { get; init; }

    /// <summary>Gets the filter expression (id, type, lastUpdated and lastMembershipUpdated only).</summary>
    public string? Filter { get; init; }

    /// <summary>Gets the page size, 1 to 200; Okta's default when null.</summary>
    public int? Limit { get; init; } = MaxLimit;

    /// <summary>Gets the opaque cursor from a previous page.</summary>
    public string? After { get; init; }

    /// <summary>Returns the request path and query.</summary>
    public string ToPathAndQuery() => OktaPath.WithQuery(
        "/api/v1/groups", ("search", Search), ("filter", Filter), ("limit", OktaPath.Limit(Limit, MaxLimit)), ("after", After));
}
