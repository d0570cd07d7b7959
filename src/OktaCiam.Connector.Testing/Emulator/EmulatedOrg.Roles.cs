namespace OktaCiam.Connector.Testing;

public sealed partial class EmulatedOrg
{
    private readonly Dictionary<int, List<RoleAssignmentRecord>> _userRoles = [];
    private readonly List<CustomRoleRecord> _customRoles = [];
    private readonly List<ResourceSetRecord> _resourceSets = [];

    internal IReadOnlyList<CustomRoleRecord> CustomRolesLocked => _customRoles;

    internal IReadOnlyList<ResourceSetRecord> ResourceSetsLocked => _resourceSets;

    /// <summary>Adds a custom admin role.</summary>
    /// <param name="label">The role label.</param>
    /// <param name="description">The description.</param>
    /// <returns>The role id (<c>cr0…</c>).</returns>
    public string AddCustomRole(string label, string? description = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        lock (Gate)
        {
            return AddCustomRoleLocked(label, description);
        }
    }

    internal string AddCustomRoleLocked(string label, string? description)
    {
        var role = new CustomRoleRecord
        {
            Id = OktaIds.Random(Random, "cr0"),
            Label = label,
            Description = description ?? label,
            Created = Now,
            LastUpdated = Now,
            Permissions = ["okta.users.read", "okta.groups.read"],
        };
        _customRoles.Add(role);
        RecordLocked("iam.role.create", "Create custom role", LogActor.System, null, new LogActor(role.Id, "ROLE", role.Label, role.Label));
        return role.Id;
    }

    /// <summary>Adds a resource set.</summary>
    /// <param name="label">The resource set label.</param>
    /// <param name="description">The description.</param>
    /// <returns>The resource set id (<c>iam…</c>).</returns>
    public string AddResourceSet(string label, string? description = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        lock (Gate)
        {
            return AddResourceSetLocked(label, description);
        }
    }

    internal string AddResourceSetLocked(string label, string? description)
    {
        var set = new ResourceSetRecord { Id = OktaIds.Random(Random, "iam", 15), Label = label, Description = description ?? label, Created = Now, LastUpdated = Now };
        _resourceSets.Add(set);
        RecordLocked("iam.resourceset.create", "Create resource set", LogActor.System, null, new LogActor(set.Id, "RESOURCE_SET", set.Label, set.Label));
        return set.Id;
    }

    /// <summary>Gets the ids of the custom roles, in list order.</summary>
    /// <returns>The role ids.</returns>
    public IReadOnlyList<string> CustomRoleIds()
    {
        lock (Gate)
        {
            return [.. _customRoles.Select(r => r.Id)];
        }
    }

    /// <summary>Gets the ids of the resource sets, in list order.</summary>
    /// <returns>The resource set ids.</returns>
    public IReadOnlyList<string> ResourceSetIds()
    {
        lock (Gate)
        {
            return [.. _resourceSets.Select(r => r.Id)];
        }
    }

    /// <summary>Assigns an admin role to a user directly.</summary>
    /// <param name="userId">The user id or login.</param>
    /// <param name="roleType">A standard role type (for example HELP_DESK_ADMIN) or CUSTOM.</param>
    /// <param name="customRoleId">For CUSTOM: the custom role id.</param>
    /// <param name="resourceSetId">For CUSTOM: the resource set id.</param>
    /// <returns>The assignment id.</returns>
    /// <exception cref="InvalidOperationException">The role is already assigned, or the arguments do not name a valid role.</exception>
    public string AssignUserRole(string userId, string roleType, string? customRoleId = null, string? resourceSetId = null)
    {
        lock (Gate)
        {
            var (assignment, error) = AssignRoleLocked(false, RequireUserLocked(userId), roleType, customRoleId, resourceSetId, LogActor.System, null);
            return assignment?.Id ?? throw new InvalidOperationException($"Cannot assign {roleType} to user {userId}: {error}.");
        }
    }

    /// <summary>Assigns an admin role to a group; its members inherit it.</summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="roleType">A standard role type or CUSTOM.</param>
    /// <param name="customRoleId">For CUSTOM: the custom role id.</param>
    /// <param name="resourceSetId">For CUSTOM: the resource set id.</param>
    /// <returns>The assignment id.</returns>
    /// <exception cref="InvalidOperationException">The role is already assigned, or the arguments do not name a valid role.</exception>
    public string AssignGroupRole(string groupId, string roleType, string? customRoleId = null, string? resourceSetId = null)
    {
        lock (Gate)
        {
            var (assignment, error) = AssignRoleLocked(true, RequireGroupLocked(groupId).Position, roleType, customRoleId, resourceSetId, LogActor.System, null);
            return assignment?.Id ?? throw new InvalidOperationException($"Cannot assign {roleType} to group {groupId}: {error}.");
        }
    }

    /// <summary>Removes a direct role assignment from a user.</summary>
    /// <param name="userId">The user id or login.</param>
    /// <param name="assignmentId">The assignment id.</param>
    /// <returns><see langword="true"/> when it existed.</returns>
    public bool UnassignUserRole(string userId, string assignmentId)
    {
        lock (Gate)
        {
            return UnassignRoleLocked(false, RequireUserLocked(userId), assignmentId, LogActor.System, null);
        }
    }

    /// <summary>Removes a role assignment from a group.</summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="assignmentId">The assignment id.</param>
    /// <returns><see langword="true"/> when it existed.</returns>
    public bool UnassignGroupRole(string groupId, string assignmentId)
    {
        lock (Gate)
        {
            return UnassignRoleLocked(true, RequireGroupLocked(groupId).Position, assignmentId, LogActor.System, null);
        }
    }

    /// <summary>Gets a user's role assignments: direct ones, then those inherited from groups (<see cref="EmulatedRoleAssignment.AssignmentType"/> GROUP).</summary>
    /// <param name="userId">The user id or login.</param>
    /// <returns>The assignments.</returns>
    public IReadOnlyList<EmulatedRoleAssignment> GetUserRoles(string userId)
    {
        lock (Gate)
        {
            return [.. UserRolesLocked(RequireUserLocked(userId)).Select(SnapshotLocked)];
        }
    }

    /// <summary>Gets a group's role assignments.</summary>
    /// <param name="groupId">The group id.</param>
    /// <returns>The assignments.</returns>
    public IReadOnlyList<EmulatedRoleAssignment> GetGroupRoles(string groupId)
    {
        lock (Gate)
        {
            return [.. RequireGroupLocked(groupId).Roles.Select(SnapshotLocked)];
        }
    }

    internal List<RoleAssignmentRecord> UserRolesLocked(int position)
    {
        var roles = _userRoles.TryGetValue(position, out var direct) ? new List<RoleAssignmentRecord>(direct) : [];
        foreach (var group in _groups)
        {
            if (group.Roles.Count > 0 && group.Current is not null && IsMemberLocked(group, position))
            {
                roles.AddRange(group.Roles);
            }
        }

        return roles;
    }

    /// <summary>Every direct user assignment of existing users, by user position.</summary>
    internal IEnumerable<RoleAssignmentRecord> DirectAssignmentsLocked() =>
        _userRoles.Where(kv => CurrentUserLocked(kv.Key) is not null).OrderBy(kv => kv.Key).SelectMany(kv => kv.Value);

    internal List<RoleAssignmentRecord> DirectUserRolesLocked(int position) => _userRoles.TryGetValue(position, out var direct) ? direct : [];

    /// <summary>Positions of users holding a role directly or through a group, ascending.</summary>
    internal SortedSet<int> AssigneePositionsLocked()
    {
        var positions = new SortedSet<int>(_userRoles.Where(kv => kv.Value.Count > 0).Select(kv => kv.Key));
        foreach (var group in _groups)
        {
            if (group.Roles.Count == 0 || group.Current is null)
            {
                continue;
            }

            if (group.IsEveryone)
            {
                for (var p = 0; p < UserSlots; p++)
                {
                    positions.Add(p);
                }
            }
            else
            {
                for (var i = 0; i < group.Members.Count; i++)
                {
                    positions.Add(group.Members[i]);
                }
            }
        }

        positions.RemoveWhere(p => CurrentUserLocked(p) is null);
        return positions;
    }

    internal CustomRoleRecord? FindCustomRoleLocked(string idOrLabel) =>
        _customRoles.FirstOrDefault(r => string.Equals(r.Id, idOrLabel, StringComparison.Ordinal) || string.Equals(r.Label, idOrLabel, StringComparison.Ordinal));

    internal ResourceSetRecord? FindResourceSetLocked(string idOrLabel) =>
        _resourceSets.FirstOrDefault(r => string.Equals(r.Id, idOrLabel, StringComparison.Ordinal) || string.Equals(r.Label, idOrLabel, StringComparison.Ordinal));

    internal string RoleLabelLocked(RoleAssignmentRecord assignment) => assignment.Type == "CUSTOM"
        ? _customRoles.FirstOrDefault(r => r.Id == assignment.RoleId)?.Label ?? assignment.RoleId ?? "CUSTOM"
        : StandardRoles.Labels.GetValueOrDefault(assignment.Type, assignment.Type);

    internal (RoleAssignmentRecord? Assignment, RoleAssignError Error) AssignRoleLocked(
        bool toGroup, int assignee, string? type, string? roleId, string? resourceSetId, LogActor actor, string? requestId)
    {
        if (type is null || (type != "CUSTOM" && !StandardRoles.Labels.ContainsKey(type)))
        {
            return (null, RoleAssignError.InvalidType);
        }

        if (toGroup && _groups[assignee].IsEveryone)
        {
            return (null, RoleAssignError.GroupTypeNotAllowed);
        }

        if (type == "CUSTOM")
        {
            if (string.IsNullOrEmpty(roleId) || string.IsNullOrEmpty(resourceSetId))
            {
                return (null, RoleAssignError.MissingCustomFields);
            }

            roleId = FindCustomRoleLocked(roleId)?.Id;
            if (roleId is null)
            {
                return (null, RoleAssignError.UnknownRole);
            }

            resourceSetId = FindResourceSetLocked(resourceSetId)?.Id;
            if (resourceSetId is null)
            {
                return (null, RoleAssignError.UnknownResourceSet);
            }
        }
        else if (StandardRoles.IamResourceSets.TryGetValue(type, out var builtIn))
        {
            roleId = type;
            resourceSetId = builtIn;
        }
        else
        {
            roleId = null;
            resourceSetId = null;
        }

        var existing = toGroup ? _groups[assignee].Roles : DirectUserRolesLocked(assignee);
        if (existing.Any(a => a.Type == type && a.RoleId == roleId && a.ResourceSetId == resourceSetId))
        {
            return (null, StandardRoles.IsIamBased(type) ? RoleAssignError.AlreadyAssignedIamStandard : RoleAssignError.AlreadyAssigned);
        }

        var now = Now;
        var prefix = type == "CUSTOM" || StandardRoles.IsIamBased(type) ? "irb" : toGroup ? "gra" : "ra";
        var assignment = new RoleAssignmentRecord
        {
            Id = OktaIds.Random(Random, prefix, 17 - prefix.Length),
            Type = type,
            RoleId = roleId,
            ResourceSetId = resourceSetId,
            AssignedToGroup = toGroup,
            AssigneePosition = assignee,
            Created = now,
            LastUpdated = now,
        };
        if (toGroup)
        {
            _groups[assignee].Roles.Add(assignment);
            RecordLocked("group.privilege.grant", "Grant group privilege", actor, requestId, GroupTarget(_groups[assignee]), RoleTarget(assignment));
        }
        else
        {
            if (!_userRoles.TryGetValue(assignee, out var list))
            {
                _userRoles[assignee] = list = [];
            }

            list.Add(assignment);
            RecordLocked("user.account.privilege.grant", "Grant user privilege", actor, requestId, UserTargetLocked(assignee), RoleTarget(assignment));
        }

        return (assignment, RoleAssignError.None);
    }

    internal bool UnassignRoleLocked(bool fromGroup, int assignee, string assignmentId, LogActor actor, string? requestId)
    {
        var list = fromGroup ? _groups[assignee].Roles : DirectUserRolesLocked(assignee);
        var index = list.FindIndex(a => string.Equals(a.Id, assignmentId, StringComparison.Ordinal));
        if (index < 0)
        {
            return false;
        }

        var assignment = list[index];
        list.RemoveAt(index);
        if (fromGroup)
        {
            RecordLocked("group.privilege.revoke", "Revoke group privilege", actor, requestId, GroupTarget(_groups[assignee]), RoleTarget(assignment));
        }
        else
        {
            RecordLocked("user.account.privilege.revoke", "Revoke user privilege", actor, requestId, UserTargetLocked(assignee), RoleTarget(assignment));
        }

        return true;
    }

    private LogActor RoleTarget(RoleAssignmentRecord assignment)
    {
        var label = RoleLabelLocked(assignment);
        return new LogActor(assignment.RoleId ?? assignment.Type, "ROLE", assignment.Type, label);
    }

    private EmulatedRoleAssignment SnapshotLocked(RoleAssignmentRecord assignment) => new(
        assignment.Id,
        assignment.Type,
        RoleLabelLocked(assignment),
        assignment.Type == "CUSTOM" ? assignment.RoleId : null,
        assignment.ResourceSetId,
        assignment.AssignedToGroup ? "GROUP" : "USER",
        assignment.AssignedToGroup ? _groups[assignment.AssigneePosition].Id : UserIdLocked(assignment.AssigneePosition));
}
