namespace OktaCiam.Connector;

/// <summary>
/// The managed user and group ids of the latest complete list walk of each, with when they were read, for lists that carry
/// ids without profiles (role assignees). Only managed ids are ever held.
/// </summary>
internal sealed class OktaManagedDirectory
{
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _maxAge;
    private Snapshot? _users;
    private Snapshot? _groups;
    private long _version;

    public OktaManagedDirectory(TimeProvider timeProvider, TimeSpan maxAge)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        _maxAge = maxAge;
    }

    /// <summary>Gets the walks of the user list.</summary>
    public OktaListWalks UserWalks { get; } = new();

    /// <summary>Gets the walks of the group list.</summary>
    public OktaListWalks GroupWalks { get; } = new();

    /// <summary>Gets a number that changes whenever a set is published.</summary>
    public long Version => Volatile.Read(ref _version);

    /// <summary>Returns the walks of <paramref name="list"/>.</summary>
    public OktaListWalks WalksOf(OktaReadList list) => list == OktaReadList.Users ? UserWalks : GroupWalks;

    /// <summary>Publishes the complete managed ids of a user or group walk.</summary>
    public OktaManagedIds Publish(OktaReadList list, IEnumerable<string> ids)
    {
        var set = OktaManagedIds.From(ids);
        var snapshot = new Snapshot(set, _timeProvider.GetTimestamp());
        if (list == OktaReadList.Users)
        {
            Volatile.Write(ref _users, snapshot);
        }
        else
        {
            Volatile.Write(ref _groups, snapshot);
        }

        Interlocked.Increment(ref _version);
        return set;
    }

    /// <summary>Returns the managed ids of <paramref name="list"/> when a walk completed within the cache duration; otherwise <see langword="null"/>.</summary>
    public OktaManagedIds? Fresh(OktaReadList list)
    {
        var snapshot = Volatile.Read(ref list == OktaReadList.Users ? ref _users : ref _groups);
        return snapshot is not null && _timeProvider.GetElapsedTime(snapshot.Timestamp) <= _maxAge ? snapshot.Set : null;
    }

    /// <summary>Forgets both sets, so the next reader that needs them lists again.</summary>
    public void Invalidate()
    {
        Volatile.Write(ref _users, null);
        Volatile.Write(ref _groups, null);
        Interlocked.Increment(ref _version);
    }

    private sealed record Snapshot(OktaManagedIds Set, long Timestamp);
}
