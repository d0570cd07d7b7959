namespace OktaCiam.Connector.Testing;

public sealed partial class EmulatedOrg
{
    /// <summary>One page of users after position <paramref name="after"/>; <paramref name="lastPosition"/> is the cursor for the next page.</summary>
    internal List<UserRow> QueryUsersLocked(ListMode mode, SearchNode? node, string? q, long after, int limit, out bool more, out long lastPosition)
    {
        var rows = new List<UserRow>(Math.Min(limit, 256));
        var now = Now;
        var source = new UserFieldSource(this);
        more = false;
        lastPosition = after;
        foreach (var position in UserCandidatesLocked(mode, node, after))
        {
            var state = mode == ListMode.Search ? IndexedUserLocked(position, now) : CurrentUserLocked(position);
            if (state is null || (mode is ListMode.Plain or ListMode.Query && state.Status == "DEPROVISIONED"))
            {
                continue;
            }

            var id = UserIdLocked(position);
            if (node is not null)
            {
                source.Id = id;
                source.State = state;
                if (!SearchEvaluator.Matches(node, source, search: mode == ListMode.Search, loose: mode == ListMode.Search && LooseSearchMatching))
                {
                    continue;
                }
            }

            if (mode == ListMode.Query && !QueryMatches(state, q!))
            {
                continue;
            }

            if (rows.Count == limit)
            {
                more = true;
                break;
            }

            rows.Add(new UserRow(id, state));
            lastPosition = position;
        }

        return rows;
    }

    internal UserState? IndexedUserLocked(int position, long now)
    {
        if ((uint)position >= (uint)UserSlots)
        {
            return null;
        }

        return _users[position] is { } record ? IndexedLocked(record, now) : Customers.State(position);
    }

    internal List<GroupRow> QueryGroupsLocked(ListMode mode, SearchNode? node, string? q, long after, int limit, out bool more, out long lastPosition)
    {
        var rows = new List<GroupRow>(Math.Min(limit, 256));
        var now = Now;
        var source = new GroupFieldSource();
        more = false;
        lastPosition = after;
        for (var i = (int)Math.Max(0, Math.Min(after + 1, _groups.Count)); i < _groups.Count; i++)
        {
            var group = _groups[i];
            var state = mode == ListMode.Search ? IndexedLocked(group, now) : group.Current;
            if (state is null)
            {
                continue;
            }

            if (node is not null)
            {
                source.Record = group;
                source.State = state;
                if (!SearchEvaluator.Matches(node, source, search: mode == ListMode.Search, loose: mode == ListMode.Search && LooseSearchMatching))
                {
                    continue;
                }
            }

            if (mode == ListMode.Query && !(ProfileJson.GetString(state.Profile, "name") ?? string.Empty).StartsWith(q!, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (rows.Count == limit)
            {
                more = true;
                break;
            }

            rows.Add(new GroupRow(group, state));
            lastPosition = i;
        }

        return rows;
    }

    internal List<UserRow> QueryMembersLocked(GroupRecord group, long after, int limit, out bool more, out long lastPosition)
    {
        var rows = new List<UserRow>(Math.Min(limit, 256));
        more = false;
        lastPosition = after;
        IEnumerable<int> positions = group.IsEveryone ? Range(after) : MemberPositions(group.Members, after);
        foreach (var position in positions)
        {
            if (CurrentUserLocked(position) is not { } state)
            {
                continue;
            }

            if (rows.Count == limit)
            {
                more = true;
                break;
            }

            rows.Add(new UserRow(UserIdLocked(position), state));
            lastPosition = position;
        }

        return rows;
    }

    private static IEnumerable<int> MemberPositions(MemberList members, long after)
    {
        for (var i = members.IndexAfter(after); i < members.Count; i++)
        {
            yield return members[i];
        }
    }

    private IEnumerable<int> Range(long after)
    {
        for (var p = (int)Math.Max(0, after + 1); p < UserSlots; p++)
        {
            yield return p;
        }
    }

    private IEnumerable<int> UserCandidatesLocked(ListMode mode, SearchNode? node, long after)
    {
        if (node is null || mode is ListMode.Plain or ListMode.Query)
        {
            return Range(after);
        }

        if (SearchEvaluator.PinnedValues(node, "id") is { } ids)
        {
            return Pinned(ids.Select(ResolveUserLocked), after);
        }

        if (SearchEvaluator.PinnedValues(node, "profile.login") is { } logins)
        {
            // The login lookup is current; a stale index may still hold an old login, and only stored records can be stale.
            var positions = logins.Select(ResolveLoginLocked);
            return Pinned(mode == ListMode.Search ? positions.Concat(_materialized) : positions, after);
        }

        if (mode == ListMode.Search && SearchEvaluator.RequiresTrue(node, "profile." + ManagedAttribute))
        {
            return HotPositions(after);
        }

        return Range(after);
    }

    private static IEnumerable<int> Pinned(IEnumerable<int> positions, long after) =>
        positions.Where(p => p > after).Distinct().Order();

    /// <summary>Every position whose managed attribute may (loosely) be true: stored records, plus generated customers holding the string "true".</summary>
    private IEnumerable<int> HotPositions(long after)
    {
        var start = (int)Math.Min(int.MaxValue - 1, after + 1);
        using var stored = _materialized.GetViewBetween(start, int.MaxValue).GetEnumerator();
        var decoyIndex = Array.BinarySearch(_pristineLooseTrue, start);
        if (decoyIndex < 0)
        {
            decoyIndex = ~decoyIndex;
        }

        var hasStored = stored.MoveNext();
        while (hasStored || decoyIndex < _pristineLooseTrue.Length)
        {
            if (decoyIndex < _pristineLooseTrue.Length && (!hasStored || _pristineLooseTrue[decoyIndex] < stored.Current))
            {
                var p = _pristineLooseTrue[decoyIndex++];
                if (_users[p] is null)
                {
                    yield return p;
                }
            }
            else
            {
                var p = stored.Current;
                hasStored = stored.MoveNext();
                if (decoyIndex < _pristineLooseTrue.Length && _pristineLooseTrue[decoyIndex] == p)
                {
                    decoyIndex++;
                }

                yield return p;
            }
        }
    }

    private bool QueryMatches(UserState state, string q)
    {
        foreach (var name in (ReadOnlySpan<string>)["firstName", "lastName", "email"])
        {
            var value = state.Profile is { } p ? ProfileJson.Get(p, name) : Customers.GetField(state.Position, name);
            if (value.Kind == FieldKind.String && value.Text!.StartsWith(q, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
