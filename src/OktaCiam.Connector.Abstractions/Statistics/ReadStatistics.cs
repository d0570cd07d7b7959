namespace OktaCiam.Connector.Abstractions;

/// <summary>Counters of what a connector read from its target system and what it let through.</summary>
/// <remarks>
/// Connectors over shared tenants read records they must not expose; these counters say how many, and why they were
/// left out, without saying which. Take one snapshot before and one after an operation and subtract them.
/// </remarks>
public sealed record ReadStatistics
{
    /// <summary>Gets an instance with every counter at zero.</summary>
    public static ReadStatistics Zero { get; } = new();

    /// <summary>Gets the number of requests sent to the target system, retries included.</summary>
    public long ApiCalls { get; init; }

    /// <summary>Gets the number of user records read.</summary>
    public long UsersSeen { get; init; }

    /// <summary>Gets the number of user records let through as managed.</summary>
    public long UsersManaged { get; init; }

    /// <summary>Gets the number of group records read.</summary>
    public long GroupsSeen { get; init; }

    /// <summary>Gets the number of group records let through as managed.</summary>
    public long GroupsManaged { get; init; }

    /// <summary>Gets how many records were left out, by reason (for example <c>attribute_missing</c>). Never identities.</summary>
    public IReadOnlyDictionary<string, long> Excluded { get; init; } = new Dictionary<string, long>();

    /// <summary>Returns the counters accumulated between <paramref name="before"/> and <paramref name="after"/>.</summary>
    /// <param name="after">The later snapshot.</param>
    /// <param name="before">The earlier snapshot.</param>
    /// <returns>The difference.</returns>
    public static ReadStatistics operator -(ReadStatistics after, ReadStatistics before)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(before);
        var excluded = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (reason, count) in after.Excluded)
        {
            var delta = count - before.Excluded.GetValueOrDefault(reason);
            if (delta != 0)
            {
                excluded[reason] = delta;
            }
        }

        return new ReadStatistics
        {
            ApiCalls = after.ApiCalls - before.ApiCalls,
            UsersSeen = after.UsersSeen - before.UsersSeen,
            UsersManaged = after.UsersManaged - before.UsersManaged,
            GroupsSeen = after.GroupsSeen - before.GroupsSeen,
            GroupsManaged = after.GroupsManaged - before.GroupsManaged,
            Excluded = excluded,
        };
    }

    /// <summary>Returns the counters accumulated between <paramref name="before"/> and <paramref name="after"/>.</summary>
    /// <param name="after">The later snapshot.</param>
    /// <param name="before">The earlier snapshot.</param>
    /// <returns>The difference.</returns>
    public static ReadStatistics Subtract(ReadStatistics after, ReadStatistics before) => after - before;
}
