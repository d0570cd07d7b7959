namespace OktaCiam.Connector.Testing;

public sealed partial class EmulatedOrg
{
    /// <summary>
    /// Freezes the search index entry of a user or group: later changes stay invisible to <c>search</c> (which keeps matching and
    /// returning the old version) until <see cref="RefreshSearchIndex"/>. GET by id, plain lists and filters see the change at once.
    /// </summary>
    /// <param name="userOrGroupId">A user id or login, or a group id.</param>
    /// <example>Index says managed, profile no longer does: <c>FreezeSearchIndex(id); SetUserProfileValue(id, attr, false);</c></example>
    public void FreezeSearchIndex(string userOrGroupId)
    {
        ArgumentNullException.ThrowIfNull(userOrGroupId);
        lock (Gate)
        {
            if (_groupsById.TryGetValue(userOrGroupId, out var group))
            {
                group.IndexFrozen = true;
                return;
            }

            var position = ResolveUserLocked(userOrGroupId);
            if (position < 0)
            {
                throw new ArgumentException($"No user or group '{userOrGroupId}' in the emulated org.", nameof(userOrGroupId));
            }

            MaterializeLocked(position).IndexFrozen = true;
        }
    }

    /// <summary>Brings search index entries up to date and unfreezes them: one user or group, or everything when <paramref name="userOrGroupId"/> is null.</summary>
    /// <param name="userOrGroupId">A user id or login, a group id, or <see langword="null"/> for all.</param>
    public void RefreshSearchIndex(string? userOrGroupId = null)
    {
        lock (Gate)
        {
            if (userOrGroupId is null)
            {
                foreach (var position in _materialized)
                {
                    Refresh(_users[position]!);
                }

                foreach (var g in _groups)
                {
                    RefreshGroup(g);
                }

                return;
            }

            if (_groupsById.TryGetValue(userOrGroupId, out var group))
            {
                RefreshGroup(group);
                return;
            }

            var p = ResolveUserLocked(userOrGroupId);
            if (p < 0)
            {
                throw new ArgumentException($"No user or group '{userOrGroupId}' in the emulated org.", nameof(userOrGroupId));
            }

            if (_users[p] is { } record)
            {
                Refresh(record);
            }
        }

        static void Refresh(UserRecord entry)
        {
            entry.IndexFrozen = false;
            entry.Indexed = entry.Current;
        }

        static void RefreshGroup(GroupRecord entry)
        {
            entry.IndexFrozen = false;
            entry.Indexed = entry.Current;
        }
    }

    internal void ScheduleIndexLocked(UserRecord record)
    {
        if (record.IndexFrozen)
        {
            return;
        }

        if (SearchLagMilliseconds <= 0)
        {
            record.Indexed = record.Current;
        }
        else
        {
            record.IndexDueAt = Now + SearchLagMilliseconds;
        }
    }

    internal void ScheduleIndexLocked(GroupRecord record)
    {
        if (record.IndexFrozen)
        {
            return;
        }

        if (SearchLagMilliseconds <= 0)
        {
            record.Indexed = record.Current;
        }
        else
        {
            record.IndexDueAt = Now + SearchLagMilliseconds;
        }
    }

    /// <summary>The version search sees at <paramref name="now"/>; catches up with the current one once the lag has passed.</summary>
    internal static UserState? IndexedLocked(UserRecord record, long now)
    {
        if (!record.IndexFrozen && !ReferenceEquals(record.Indexed, record.Current) && now >= record.IndexDueAt)
        {
            record.Indexed = record.Current;
        }

        return record.Indexed;
    }

    internal static GroupState? IndexedLocked(GroupRecord record, long now)
    {
        if (!record.IndexFrozen && !ReferenceEquals(record.Indexed, record.Current) && now >= record.IndexDueAt)
        {
            record.Indexed = record.Current;
        }

        return record.Indexed;
    }
}
