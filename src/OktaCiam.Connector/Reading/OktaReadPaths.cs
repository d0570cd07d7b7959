using System.Globalization;

namespace OktaCiam.Connector;

/// <summary>
/// The Okta requests each list phase makes, and the check that a path taken from a cursor is one of them: the same
/// endpoint with exactly the same <c>search</c> and <c>filter</c>, so a cursor can only ever continue its own list.
/// </summary>
internal sealed class OktaReadPaths
{
    public const string UsersPath = "/api/v1/users";
    public const string GroupsPath = "/api/v1/groups";

    /// <summary>The page size of every Okta list the readers walk.</summary>
    public const int PageSize = 200;

    public OktaReadPaths(string managedAttribute)
    {
        ArgumentException.ThrowIfNullOrEmpty(managedAttribute);
        ManagedSearch = $"profile.{managedAttribute} eq true";
    }

    /// <summary>Gets the search expression that narrows a list to (candidate) managed identities.</summary>
    public string ManagedSearch { get; }

    /// <summary>Formats a <c>lastUpdated</c> bound the way Okta's filters take it.</summary>
    public static string RecentFilter(long thresholdUnixMilliseconds) =>
        "lastUpdated gt \"" + DateTimeOffset.FromUnixTimeMilliseconds(thresholdUnixMilliseconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) + "\"";

    /// <summary>The filter that lists the DEPROVISIONED users a plain list leaves out.</summary>
    public const string DeprovisionedFilter = "status eq \"DEPROVISIONED\"";

    /// <summary>Returns the first page of a user or group list phase.</summary>
    public string First(OktaReadList list, OktaReadPhase phase, long threshold, int limit)
    {
        var (search, filter) = Expressions(phase, threshold);
        return list == OktaReadList.Users
            ? new OktaUserQuery { Search = search, Filter = filter, Limit = limit }.ToPathAndQuery()
            : new OktaGroupQuery { Search = search, Filter = filter, Limit = limit }.ToPathAndQuery();
    }

    /// <summary>Returns the first page of a group's member list.</summary>
    public static string FirstMembers(string groupId, int limit) =>
        OktaPath.WithQuery($"{GroupsPath}/{OktaPath.Segment(groupId, nameof(groupId))}/users", ("limit", OktaPath.Limit(limit, PageSize)));

    /// <summary>Returns whether a path from a cursor continues the given phase of a user or group list.</summary>
    public bool IsContinuation(string path, OktaReadList list, OktaReadPhase phase, long threshold)
    {
        var (search, filter) = Expressions(phase, threshold);
        return IsContinuation(path, list == OktaReadList.Users ? UsersPath : GroupsPath, search, filter);
    }

    /// <summary>Returns whether a path from a cursor continues a group's member list.</summary>
    public static bool IsMembersContinuation(string path, string groupId) =>
        IsContinuation(path, $"{GroupsPath}/{Uri.EscapeDataString(groupId)}/users", null, null);

    /// <summary>Returns whether a path from a cursor continues an IAM list at <paramref name="expectedPath"/>.</summary>
    public static bool IsIamContinuation(string path, string expectedPath) => IsContinuation(path, expectedPath, null, null);

    private (string? Search, string? Filter) Expressions(OktaReadPhase phase, long threshold) => phase switch
    {
        OktaReadPhase.Search => (ManagedSearch, null),
        OktaReadPhase.Recent => (null, RecentFilter(threshold)),
        OktaReadPhase.Deprovisioned => (null, DeprovisionedFilter),
        _ => (null, null),
    };

    private static bool IsContinuation(string pathAndQuery, string expectedPath, string? search, string? filter)
    {
        if (!OktaNextLink.IsSafePathAndQuery(pathAndQuery))
        {
            return false;
        }

        var queryStart = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart < 0 ? pathAndQuery : pathAndQuery[..queryStart];
        if (!string.Equals(path, expectedPath, StringComparison.Ordinal))
        {
            return false;
        }

        string? foundSearch = null, foundFilter = null;
        if (queryStart >= 0)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in pathAndQuery[(queryStart + 1)..].Split('&'))
            {
                if (pair.Length == 0)
                {
                    continue;
                }

                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var name = Unescape(equals < 0 ? pair : pair[..equals]);
                var value = equals < 0 ? string.Empty : Unescape(pair[(equals + 1)..]);
                if (name is null || value is null || !seen.Add(name))
                {
                    return false;
                }

                switch (name.ToLowerInvariant())
                {
                    case "search":
                        foundSearch = value;
                        break;
                    case "filter":
                        foundFilter = value;
                        break;
                    case "q" or "expand":
                        return false;
                    case "limit":
                        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit is < 1 or > PageSize)
                        {
                            return false;
                        }

                        break;
                }
            }
        }

        return string.Equals(foundSearch, search, StringComparison.Ordinal) && string.Equals(foundFilter, filter, StringComparison.Ordinal);
    }

    private static string? Unescape(string value)
    {
        try
        {
            return Uri.UnescapeDataString(value.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return null;
        }
    }
}
