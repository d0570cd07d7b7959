using System.Text.Json.Nodes;

namespace OktaCiam.Connector.Testing;

public sealed partial class EmulatedOrg
{
    private readonly List<GroupRecord> _groups = [];
    private readonly Dictionary<string, GroupRecord> _groupsById = new(StringComparer.Ordinal);

    /// <summary>Gets the number of groups.</summary>
    public int GroupCount
    {
        get
        {
            lock (Gate)
            {
                return _groups.Count(g => g.Current is not null);
            }
        }
    }

    internal IReadOnlyList<GroupRecord> GroupsLocked => _groups;

    /// <summary>Adds a group.</summary>
    /// <param name="name">The group name (<c>profile.name</c>).</param>
    /// <param name="managed">Whether to set the managed attribute to JSON <c>true</c>.</param>
    /// <param name="type">OKTA_GROUP (default), APP_GROUP (imported; memberships cannot be changed through the API) or BUILT_IN.</param>
    /// <param name="description">The description, or <see langword="null"/>.</param>
    /// <returns>The new group's id.</returns>
    public string AddGroup(string name, bool managed = false, string type = "OKTA_GROUP", string? description = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (type is not ("OKTA_GROUP" or "APP_GROUP" or "BUILT_IN"))
        {
            throw new ArgumentException($"'{type}' is not an Okta group type; use OKTA_GROUP, APP_GROUP or BUILT_IN.", nameof(type));
        }

        lock (Gate)
        {
            var group = CreateGroupLocked(GroupProfile(name, description, type, managed ? ManagedAttribute : null), type, Now, isEveryone: false);
            if (SearchLagMilliseconds > 0)
            {
                group.Indexed = null;
                group.IndexDueAt = Now + SearchLagMilliseconds;
            }

            RecordLocked("group.lifecycle.create", "Create okta group", LogActor.System, null, GroupTarget(group));
            return group.Id;
        }
    }

    /// <summary>Finds a group by id or by exact name.</summary>
    /// <param name="idOrName">The group id or name.</param>
    /// <returns>A snapshot, or <see langword="null"/>.</returns>
    public EmulatedGroup? FindGroup(string idOrName)
    {
        ArgumentNullException.ThrowIfNull(idOrName);
        lock (Gate)
        {
            var group = FindGroupLocked(idOrName) ?? _groups.FirstOrDefault(g => g.Current is { } s && string.Equals(ProfileJson.GetString(s.Profile, "name"), idOrName, StringComparison.Ordinal));
            return group is null ? null : SnapshotLocked(group);
        }
    }

    /// <summary>Gets snapshots of every group, in list order.</summary>
    /// <returns>The groups.</returns>
    public IReadOnlyList<EmulatedGroup> ListGroups()
    {
        lock (Gate)
        {
            return [.. _groups.Where(g => g.Current is not null).Select(SnapshotLocked)];
        }
    }

    /// <summary>Gets the ids of groups that are managed right now by the connector's rule, any type, in list order.</summary>
    /// <returns>The managed group ids.</returns>
    public IReadOnlyList<string> ManagedGroupIds()
    {
        lock (Gate)
        {
            return [.. _groups.Where(g => g.Current is { } s && ProfileJson.IsStrictlyTrue(s.Profile, ManagedAttribute)).Select(g => g.Id)];
        }
    }

    /// <summary>Sets one group profile attribute.</summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="attribute">The attribute name.</param>
    /// <param name="value">The value; <see langword="null"/> writes JSON null.</param>
    public void SetGroupProfileValue(string groupId, string attribute, JsonNode? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(attribute);
        ChangeGroup(groupId, s => s with { Profile = ProfileJson.Set(s.Profile, attribute, value) });
    }

    /// <summary>Removes one group profile attribute.</summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="attribute">The attribute name.</param>
    public void RemoveGroupProfileValue(string groupId, string attribute)
    {
        ArgumentException.ThrowIfNullOrEmpty(attribute);
        ChangeGroup(groupId, s => s with { Profile = ProfileJson.Remove(s.Profile, attribute) });
    }

    /// <summary>Replaces a group profile with raw JSON, served byte for byte.</summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="profileJson">A JSON object.</param>
    public void SetGroupProfileJson(string groupId, string profileJson)
    {
        ArgumentNullException.ThrowIfNull(profileJson);
        var bytes = ProfileJson.Validate(profileJson);
        ChangeGroup(groupId, s => s with { Profile = bytes });
    }

    /// <summary>Adds a user to a group (any type: this is the org's own state, not the API).</summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="userId">The user id or login.</param>
    /// <returns><see langword="true"/> when the user was not a member before.</returns>
    public bool AddGroupMember(string groupId, string userId)
    {
        lock (Gate)
        {
            return AddMemberLocked(RequireGroupLocked(groupId), RequireUserLocked(userId), LogActor.System, null);
        }
    }

    /// <summary>Removes a user from a group.</summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="userId">The user id or login.</param>
    /// <returns><see langword="true"/> when the user was a member.</returns>
    public bool RemoveGroupMember(string groupId, string userId)
    {
        lock (Gate)
        {
            return RemoveMemberLocked(RequireGroupLocked(groupId), RequireUserLocked(userId), LogActor.System, null);
        }
    }

    /// <summary>Gets the ids of a group's members (customers included), in list order.</summary>
    /// <param name="groupId">The group id.</param>
    /// <returns>The member ids.</returns>
    public IReadOnlyList<string> GetGroupMemberIds(string groupId)
    {
        lock (Gate)
        {
            var group = RequireGroupLocked(groupId);
            var ids = new List<string>();
            if (group.IsEveryone)
            {
                for (var p = 0; p < UserSlots; p++)
                {
                    if (CurrentUserLocked(p) is not null)
                    {
                        ids.Add(UserIdLocked(p));
                    }
                }
            }
            else
            {
                for (var i = 0; i < group.Members.Count; i++)
                {
                    ids.Add(UserIdLocked(group.Members[i]));
                }
            }

            return ids;
        }
    }

    /// <summary>Gets the ids of the groups a user belongs to, Everyone included.</summary>
    /// <param name="userId">The user id or login.</param>
    /// <returns>The group ids.</returns>
    public IReadOnlyList<string> GetUserGroupIds(string userId)
    {
        lock (Gate)
        {
            var position = RequireUserLocked(userId);
            return [.. _groups.Where(g => g.Current is not null && IsMemberLocked(g, position)).Select(g => g.Id)];
        }
    }

    internal GroupRecord CreateGroupLocked(byte[] profile, string type, long created, bool isEveryone, string? sourceAppId = null)
    {
        var id = OktaIds.Random(Random, "00g");
        var state = new GroupState { Type = type, Created = created, LastUpdated = created, Profile = profile, SourceAppId = sourceAppId ?? (type == "APP_GROUP" ? OktaIds.Random(Random, "0oa") : null) };
        var group = new GroupRecord(id, _groups.Count, state, isEveryone);
        _groups.Add(group);
        _groupsById[id] = group;
        return group;
    }

    internal GroupRecord? FindGroupLocked(string id) => _groupsById.TryGetValue(id, out var g) && g.Current is not null ? g : null;

    internal GroupRecord RequireGroupLocked(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return FindGroupLocked(id) ?? throw new ArgumentException($"No group '{id}' in the emulated org.", nameof(id));
    }

    internal bool IsMemberLocked(GroupRecord group, int position) =>
        group.IsEveryone ? CurrentUserLocked(position) is not null : group.Members.Contains(position);

    internal bool AddMemberLocked(GroupRecord group, int position, LogActor actor, string? requestId)
    {
        if (group.IsEveryone || !group.Members.Add(position))
        {
            return false;
        }

        group.LastMembershipUpdated = Now;
        RecordLocked("group.user_membership.add", "Add user to group membership", actor, requestId, UserTargetLocked(position), GroupTarget(group));
        return true;
    }

    internal bool RemoveMemberLocked(GroupRecord group, int position, LogActor actor, string? requestId)
    {
        if (group.IsEveryone || !group.Members.Remove(position))
        {
            return false;
        }

        group.LastMembershipUpdated = Now;
        RecordLocked("group.user_membership.remove", "Remove user from group membership", actor, requestId, UserTargetLocked(position), GroupTarget(group));
        return true;
    }

    internal static LogActor GroupTarget(GroupRecord group)
    {
        var name = group.Current is { } s ? ProfileJson.GetString(s.Profile, "name") ?? string.Empty : string.Empty;
        return new LogActor(group.Id, "UserGroup", name, name);
    }

    internal static byte[] GroupProfile(string name, string? description, string type, string? managedAttribute)
    {
        var profile = new JsonObject { ["name"] = name, ["description"] = description };
        if (type == "APP_GROUP")
        {
            var sam = name.Replace(' ', '_');
            profile["groupType"] = "Security";
            profile["samAccountName"] = sam;
            profile["groupScope"] = "Global";
            profile["dn"] = $"CN={name},OU=Groups,DC=corp,DC=example,DC=com";
            profile["windowsDomainQualifiedName"] = $"CORP\\{sam}";
        }

        if (managedAttribute is not null)
        {
            profile[managedAttribute] = true;
        }

        return ProfileJson.FromNode(profile);
    }

    private void ChangeGroup(string groupId, Func<GroupState, GroupState> change)
    {
        lock (Gate)
        {
            var group = RequireGroupLocked(groupId);
            var before = group.Current!;
            group.Current = change(before) with { LastUpdated = Math.Max(Now, before.LastUpdated + 1) };
            ScheduleIndexLocked(group);
            RecordLocked("group.profile.update", "Update group profile", LogActor.System, null, GroupTarget(group));
        }
    }

    private EmulatedGroup SnapshotLocked(GroupRecord group)
    {
        var state = group.Current!;
        return new EmulatedGroup(
            group.Id,
            ProfileJson.GetString(state.Profile, "name") ?? string.Empty,
            ProfileJson.GetString(state.Profile, "description"),
            state.Type,
            ProfileJson.IsStrictlyTrue(state.Profile, ManagedAttribute),
            ProfileJson.ToText(state.Profile),
            group.IsEveryone ? UserCountLocked() : group.Members.Count);
    }

    private int UserCountLocked()
    {
        var count = 0;
        for (var p = 0; p < UserSlots; p++)
        {
            if (_users[p] is not { } r || r.Current is not null)
            {
                count++;
            }
        }

        return count;
    }
}
