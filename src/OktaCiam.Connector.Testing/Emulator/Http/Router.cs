namespace OktaCiam.Connector.Testing;

/// <summary>Matches a raw (still percent-encoded) path against route templates; captured segments are decoded once, so %2F stays inside a login.</summary>
internal sealed class Router(IReadOnlyList<Route> routes)
{
    public Route? Match(string method, string rawPath, out string[] args, out bool pathKnown)
    {
        var segments = rawPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        pathKnown = false;
        foreach (var route in routes)
        {
            if (!TryMatch(route, segments, out args))
            {
                continue;
            }

            pathKnown = true;
            if (string.Equals(route.Method, method, StringComparison.OrdinalIgnoreCase))
            {
                return route;
            }
        }

        args = [];
        return null;
    }

    /// <summary>The bucket for requests that match no route (they are rate-limited too).</summary>
    public static string UnknownBucket(string method) => method + " (unknown endpoint)";

    private static bool TryMatch(Route route, string[] segments, out string[] args)
    {
        args = [];
        if (route.Segments.Length != segments.Length)
        {
            return false;
        }

        List<string>? captured = null;
        for (var i = 0; i < segments.Length; i++)
        {
            var template = route.Segments[i];
            if (template[0] == '{')
            {
                string value;
                try
                {
                    value = Uri.UnescapeDataString(segments[i]);
                }
                catch (UriFormatException)
                {
                    return false;
                }

                (captured ??= []).Add(value);
            }
            else if (!string.Equals(template, segments[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        args = captured?.ToArray() ?? [];
        return true;
    }
}
