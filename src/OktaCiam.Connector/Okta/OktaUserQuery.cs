namespace OktaCiam.Connector;

/// <summary>The parameters of <c>GET /api/v1/users</c>. <c>q</c> is left out on purpose: Okta does not page it.</summary>
internal sealed record OktaUserQuery
{
    /// <summary>The largest page Okta serves for user lists.</summary>
    public const int MaxLimit = 200;

    /// <summary>Gets the search expression (custom profile attributes allowed, read from Okta's eventually consistent index).</summary>
    public string? Search { get; init; }

    /// <summary>Gets the filter expression (status, lastUpdated, id, login, email and names only).</summary>
    public string? Filter { get; init; }

    /// <summary>Gets the page size, 1 to 200; Okta's default when null.</summary>
    public int? Limit { get; init; } = MaxLimit;

    /// <summary>Gets the opaque cursor from a previous page.</summary>
    public string? After { get; init; }

    /// <summary>Returns the request path and query.</summary>
    public string ToPathAndQuery() => OktaPath.WithQuery(
        "/api/v1/users", ("search", Search), ("filter", Filter), ("limit", OktaPath.Limit(Limit, MaxLimit)), ("after", After));
}
