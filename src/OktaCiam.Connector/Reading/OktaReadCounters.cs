using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector;

/// <summary>What the readers of one connector instance read and let through, as counts only; thread-safe.</summary>
internal sealed class OktaReadCounters
{
    private long _usersSeen;
    private long _usersManaged;
    private long _groupsSeen;
    private long _groupsManaged;

    /// <summary>Gets the exclusions of every list (users, groups, members, role assignees) by reason.</summary>
    public ExclusionTally Excluded { get; } = new();

    /// <summary>Counts a page of a user or group list.</summary>
    public void CountList(OktaReadList list, int seen, int managed)
    {
        if (list == OktaReadList.Users)
        {
            Interlocked.Add(ref _usersSeen, seen);
            Interlocked.Add(ref _usersManaged, managed);
        }
        else
        {
            Interlocked.Add(ref _groupsSeen, seen);
            Interlocked.Add(ref _groupsManaged, managed);
        }
    }

    /// <summary>Returns the counters with the API call count of <paramref name="api"/>.</summary>
    public ReadStatistics Snapshot(OktaApiStats api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var excluded = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (reason, count) in Excluded.Snapshot().ToDictionary())
        {
            excluded[ReasonName(reason)] = count;
        }

        return new ReadStatistics
        {
            ApiCalls = api.RequestsSent,
            UsersSeen = Interlocked.Read(ref _usersSeen),
            UsersManaged = Interlocked.Read(ref _usersManaged),
            GroupsSeen = Interlocked.Read(ref _groupsSeen),
            GroupsManaged = Interlocked.Read(ref _groupsManaged),
            Excluded = excluded,
        };
    }

    /// <summary>Turns an <see cref="ExclusionReason"/> name into the snake_case key of the stats (<c>AttributeMissing</c> → <c>attribute_missing</c>).</summary>
    public static string ReasonName(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var builder = new System.Text.StringBuilder(reason.Length + 4);
        for (var i = 0; i < reason.Length; i++)
        {
            var c = reason[i];
            if (char.IsAsciiLetterUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
