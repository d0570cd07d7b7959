namespace OktaCiam.Connector;

/// <summary>Pins a next-page link to our own org: only its path and query are kept, and they must continue the same endpoint.</summary>
/// <remarks>Okta's IAM lists name the <c>-admin</c> host in their links, and a hostile link could name any host: the token only ever goes to the configured org URL.</remarks>
internal static class OktaNextLink
{
    /// <summary>Returns the path and query of <paramref name="href"/>, or <see langword="null"/> when it is not a link to <paramref name="expectedPath"/>.</summary>
    /// <param name="href">The link as Okta sent it: absolute (any host) or a path.</param>
    /// <param name="expectedPath">The path of the request that returned the link; the next page must be on the same path.</param>
    /// <param name="otherHost">Set to the link's host when it was absolute; for logging that a host was replaced.</param>
    public static string? ToPathAndQuery(string? href, string expectedPath, out string? otherHost)
    {
        ArgumentNullException.ThrowIfNull(expectedPath);
        otherHost = null;
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        var text = href.Trim();
        var fragment = text.IndexOf('#', StringComparison.Ordinal);
        if (fragment >= 0)
        {
            text = text[..fragment];
        }

        string pathAndQuery;
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0 && text.AsSpan(0, scheme).ContainsAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ+-.") is false)
        {
            // Parsed by hand: Okta's own examples carry hosts like {yourOktaDomain} that Uri rejects.
            var authorityStart = scheme + 3;
            var pathStart = text.IndexOfAny(['/', '?'], authorityStart);
            otherHost = pathStart < 0 ? text[authorityStart..] : text[authorityStart..pathStart];
            pathAndQuery = pathStart < 0 ? "/" : text[pathStart..];
            if (pathAndQuery.StartsWith('?'))
            {
                pathAndQuery = "/" + pathAndQuery;
            }
        }
        else if (text.StartsWith('/') && !text.StartsWith("//", StringComparison.Ordinal))
        {
            pathAndQuery = text;
        }
        else
        {
            return null;
        }

        if (!IsSafePathAndQuery(pathAndQuery))
        {
            return null;
        }

        var query = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? pathAndQuery : pathAndQuery[..query];
        return string.Equals(path.TrimEnd('/'), expectedPath.TrimEnd('/'), StringComparison.OrdinalIgnoreCase) ? pathAndQuery : null;
    }

    /// <summary>Returns whether <paramref name="pathAndQuery"/> is an Okta API path that cannot be resolved to another host or escape <c>/api/v1/</c>.</summary>
    public static bool IsSafePathAndQuery(string? pathAndQuery)
    {
        if (string.IsNullOrEmpty(pathAndQuery)
            || !pathAndQuery.StartsWith("/api/v1/", StringComparison.Ordinal)
            || pathAndQuery.Contains('\\', StringComparison.Ordinal)
            || pathAndQuery.Contains('#', StringComparison.Ordinal)
            || pathAndQuery.AsSpan().ContainsAnyInRange('\0', ' ')
            || pathAndQuery.Contains('\u007f', StringComparison.Ordinal))
        {
            return false;
        }

        var query = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? pathAndQuery : pathAndQuery[..query];
        foreach (var segment in path.Split('/'))
        {
            // Dot segments (raw or encoded) would let the path climb out of the endpoint once Uri normalises it.
            var decoded = segment.Replace("%2e", ".", StringComparison.OrdinalIgnoreCase);
            if (decoded is "." or "..")
            {
                return false;
            }
        }

        return true;
    }
}
