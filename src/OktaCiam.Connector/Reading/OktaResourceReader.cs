using System.Collections.Concurrent;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector;

/// <summary>
/// Reads Okta admin roles as resources: the fixed standard role types (single default access level) and the org's custom
/// roles (access levels: the resource sets they can be bound to), and who holds each among managed users and groups.
/// </summary>
/// <remarks>
/// Holders come from one index per sync: <c>/iam/assignees/users</c> filtered against the managed user ids (no request and
/// no string per customer), then the role list of each managed holder (which also names roles inherited from groups) and
/// of each managed group. The index is reused for <see cref="OktaCiamReadOptions.CacheDuration"/> unless a newer complete
/// user or group list arrives.
/// </remarks>
internal sealed class OktaResourceReader : IResourceReader
{
    private readonly OktaReadContext _context;
    private readonly OktaUserReader _users;
    private readonly OktaGroupReader _groups;
    private readonly Lock _gate = new();
    private Task<OktaRoleAssignmentIndex>? _index;

    public OktaResourceReader(OktaReadContext context, OktaUserReader users, OktaGroupReader groups)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(groups);
        _context = context;
        _users = users;
        _groups = groups;
    }

    /// <inheritdoc/>
    public async Task<Page<ConnectorResource>> ListResourcesAsync(PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        var limit = OktaReadContext.Limit(page);
        var cursor = page.Cursor is null
            ? new OktaReadCursor { List = OktaReadList.Resources, Phase = OktaReadPhase.Offset }
            : DecodeIam(page.Cursor, OktaReadList.Resources, null, OktaClient.CustomRolesPath);

        if (cursor.Phase == OktaReadPhase.Offset)
        {
            var standard = OktaStandardRoles.Resources;
            var items = standard.Skip(cursor.Offset).Take(limit).ToList();
            var end = cursor.Offset + items.Count;
            var next = end < standard.Count
                ? cursor with { Offset = end }
                : new OktaReadCursor { List = OktaReadList.Resources, Phase = OktaReadPhase.Iam, Path = OktaClient.CustomRolesPath };
            return Page.Create<ConnectorResource>(items, _context.Seal(next));
        }

        var okta = await _context.Client.GetCustomRolesPageAsync(cursor.Path, cancellationToken).ConfigureAwait(false);
        var (slice, nextCursor) = Slice(okta, cursor, limit, OktaClient.CustomRolesPath);
        var resources = slice.Where(r => !string.IsNullOrEmpty(r.Id)).Select(ToResource).ToList();
        return Page.Create<ConnectorResource>(resources, _context.Seal(nextCursor));
    }

    /// <inheritdoc/>
    public async Task<ConnectorResource?> GetResourceAsync(string resourceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(resourceId);
        if (OktaStandardRoles.Find(resourceId) is { } standard)
        {
            return standard;
        }

        var role = await _context.Client.GetCustomRoleAsync(resourceId, cancellationToken).ConfigureAwait(false);
        return role is { Id.Length: > 0 } ? ToResource(role) : null;
    }

    /// <inheritdoc/>
    public async Task<Page<AccessLevel>> ListAccessLevelsAsync(string resourceId, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(resourceId);
        ArgumentNullException.ThrowIfNull(page);
        if (OktaStandardRoles.Find(resourceId) is not null)
        {
            // One page only, so no cursor of this list can be valid.
            return page.Cursor is null ? Page.Create(OktaStandardRoles.DefaultLevels) : throw OktaReadCursor.Invalid();
        }

        var limit = OktaReadContext.Limit(page);
        OktaReadCursor cursor;
        if (page.Cursor is null)
        {
            if (await _context.Client.GetCustomRoleAsync(resourceId, cancellationToken).ConfigureAwait(false) is null)
            {
                throw UnknownRole();
            }

            cursor = new OktaReadCursor { List = OktaReadList.AccessLevels, Phase = OktaReadPhase.Iam, Scope = resourceId, Path = OktaClient.ResourceSetsPath };
        }
        else
        {
            cursor = DecodeIam(page.Cursor, OktaReadList.AccessLevels, resourceId, OktaClient.ResourceSetsPath);
        }

        var okta = await _context.Client.GetResourceSetsPageAsync(cursor.Path, cancellationToken).ConfigureAwait(false);
        var (slice, next) = Slice(okta, cursor, limit, OktaClient.ResourceSetsPath);
        var levels = slice.Where(s => !string.IsNullOrEmpty(s.Id)).Select(s => new AccessLevel(s.Id!, s.Label ?? s.Id!)).ToList();
        return Page.Create<AccessLevel>(levels, _context.Seal(next));
    }

    /// <inheritdoc/>
    public async Task<Page<ResourceAssignment>> ListResourceAssignmentsAsync(string resourceId, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(resourceId);
        ArgumentNullException.ThrowIfNull(page);
        var limit = OktaReadContext.Limit(page);
        var offset = 0;
        if (page.Cursor is { } text)
        {
            var cursor = OktaReadCursor.Decode(text, _context.Protector, OktaReadList.Assignments, resourceId);
            if (cursor.Phase != OktaReadPhase.Offset)
            {
                throw OktaReadCursor.Invalid();
            }

            offset = cursor.Offset;
        }

        var index = await GetIndexAsync(cancellationToken).ConfigureAwait(false);
        if (!index.Knows(resourceId))
        {
            throw UnknownRole();
        }

        var all = index.Of(resourceId);
        var items = all.Skip(offset).Take(limit).ToList();
        var end = offset + items.Count;
        var next = end < all.Count ? new OktaReadCursor { List = OktaReadList.Assignments, Phase = OktaReadPhase.Offset, Scope = resourceId, Offset = end } : null;
        return Page.Create<ResourceAssignment>(items, _context.Seal(next));
    }

    /// <summary>Drops the assignment index and the managed id sets, so the next role read sees changes just made (writes call this).</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _index = null;
        }

        _context.Directory.Invalidate();
    }

    /// <summary>Returns the current assignment index, building it (once, for every concurrent caller) when there is none or it is stale.</summary>
    internal async Task<OktaRoleAssignmentIndex> GetIndexAsync(CancellationToken cancellationToken)
    {
        Task<OktaRoleAssignmentIndex> task;
        lock (_gate)
        {
            if (_index is not { } current || !IsUsable(current))
            {
                // Not tied to the first caller's token: concurrent callers share the build.
                _index = Task.Run(() => BuildIndexAsync(CancellationToken.None), CancellationToken.None);
            }

            task = _index;
        }

        return await task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static ConnectorNotFoundException UnknownRole() =>
        new("No admin role has this id: use a standard role type (for example SUPER_ADMIN) or the id of one of the org's custom roles (cr0…), as listed by ListResourcesAsync.");

    private static ConnectorResource ToResource(OktaCustomRole role) =>
        OktaStandardRoles.Resource(role.Id!, role.Label ?? role.Id!, role.Description, OktaStandardRoles.CustomType);

    /// <summary>Returns the resource id and access level an assignment grants: the type for standard roles, the role and resource set for custom ones.</summary>
    private static (string ResourceId, string Level)? KeyOf(OktaRoleAssignment assignment)
    {
        if (string.Equals(assignment.Type, OktaStandardRoles.CustomType, StringComparison.Ordinal))
        {
            return string.IsNullOrEmpty(assignment.Role) ? null : (assignment.Role, assignment.ResourceSet ?? AccessLevel.DefaultId);
        }

        return string.IsNullOrEmpty(assignment.Type) ? null : (assignment.Type, AccessLevel.DefaultId);
    }

    /// <summary>Returns the group id in an assignee link (<c>…/api/v1/groups/{id}</c>), or <see langword="null"/> for a user or an unreadable link.</summary>
    private static string? AssigneeGroupId(string? href)
    {
        const string Marker = "/api/v1/groups/";
        if (href is null)
        {
            return null;
        }

        var start = href.IndexOf(Marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var rest = href.AsSpan(start + Marker.Length);
        var end = rest.IndexOfAny('/', '?', '#');
        var segment = (end < 0 ? rest : rest[..end]).ToString();
        return segment.Length == 0 ? null : Uri.UnescapeDataString(segment);
    }

    private (IReadOnlyList<T> Items, OktaReadCursor? Next) Slice<T>(OktaPage<T> okta, OktaReadCursor cursor, int limit, string expectedPath)
    {
        var items = okta.Items.Skip(cursor.Offset).Take(limit).ToList();
        var end = cursor.Offset + items.Count;
        if (end < okta.Items.Count)
        {
            return (items, cursor with { Offset = end });
        }

        if (okta.NextPathAndQuery is not { } next)
        {
            return (items, null);
        }

        if (!OktaReadPaths.IsIamContinuation(next, expectedPath))
        {
            throw new ConnectorProtocolException($"Okta's next-page link for the {OktaReadContext.Name(cursor.List)} list named another list, so paging stopped: retry, and if it persists report it.");
        }

        return (items, cursor with { Path = next, Offset = 0 });
    }

    private OktaReadCursor DecodeIam(string text, OktaReadList list, string? scope, string expectedPath)
    {
        var cursor = OktaReadCursor.Decode(text, _context.Protector, list, scope);
        var valid = cursor.Phase switch
        {
            OktaReadPhase.Offset => list == OktaReadList.Resources && cursor.Path is null && cursor.Offset < OktaStandardRoles.Resources.Count,
            OktaReadPhase.Iam => cursor.Path is { } path && OktaReadPaths.IsIamContinuation(path, expectedPath),
            _ => false,
        };
        return valid ? cursor : throw OktaReadCursor.Invalid();
    }

    private bool IsUsable(Task<OktaRoleAssignmentIndex> task)
    {
        if (!task.IsCompleted)
        {
            return true;
        }

        return task.IsCompletedSuccessfully
            && task.Result.DirectoryVersion == _context.Directory.Version
            && _context.TimeProvider.GetElapsedTime(task.Result.StartedAt) <= _context.Options.CacheDuration;
    }

    private async Task<OktaManagedIds> ManagedAsync(OktaReadList list, CancellationToken cancellationToken)
    {
        if (_context.Directory.Fresh(list) is { } fresh)
        {
            return fresh;
        }

        Log.ReadListingManagedIds(_context.Logger, OktaReadContext.Name(list));
        var ids = list == OktaReadList.Users
            ? await _users.Lister.ReadAllIdsAsync(cancellationToken).ConfigureAwait(false)
            : await _groups.Lister.ReadAllIdsAsync(cancellationToken).ConfigureAwait(false);
        return _context.Directory.Fresh(list) ?? OktaManagedIds.From(ids);
    }

    private async Task<OktaRoleAssignmentIndex> BuildIndexAsync(CancellationToken cancellationToken)
    {
        var startedAt = _context.TimeProvider.GetTimestamp();
        var users = await ManagedAsync(OktaReadList.Users, cancellationToken).ConfigureAwait(false);
        var groups = await ManagedAsync(OktaReadList.Groups, cancellationToken).ConfigureAwait(false);
        var version = _context.Directory.Version;

        var customRoles = new Dictionary<string, OktaCustomRole>(StringComparer.Ordinal);
        await foreach (var role in _context.Client.ListCustomRolesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!string.IsNullOrEmpty(role.Id))
            {
                customRoles[role.Id] = role;
            }
        }

        var holders = new List<string>();
        var seenPages = new HashSet<string>(StringComparer.Ordinal);
        string? path = null;
        do
        {
            var page = await _context.Client.GetManagedRoleAssigneesPageAsync(users.Set, _context.Counters.Excluded, path, cancellationToken).ConfigureAwait(false);
            holders.AddRange(page.Items);
            path = page.NextPathAndQuery;
            if (path is not null && !seenPages.Add(path))
            {
                throw new ConnectorProtocolException("Okta returned a next-page link for the role holders list that was already read, so paging stopped rather than loop: retry.");
            }
        }
        while (path is not null);

        var assignments = new ConcurrentBag<ResourceAssignment>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _context.Options.MaxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(holders.Distinct(StringComparer.Ordinal), parallel, async (userId, ct) =>
        {
            IReadOnlyList<OktaRoleAssignment> roles;
            try
            {
                roles = await _context.Client.ListUserRolesAsync(userId, ct).ConfigureAwait(false);
            }
            catch (ConnectorNotFoundException)
            {
                // Deleted since the holders list was read.
                return;
            }

            foreach (var role in roles)
            {
                if (KeyOf(role) is not { } key)
                {
                    continue;
                }

                var (resourceId, level) = key;

                var groupId = AssigneeGroupId(role.Links?.Assignee?.Href);
                if (groupId is null && !string.Equals(role.AssignmentType, "GROUP", StringComparison.Ordinal))
                {
                    assignments.Add(new ResourceAssignment { ResourceId = resourceId, PrincipalId = userId, PrincipalKind = PrincipalKind.User, AccessLevelId = level });
                }
                else if (groupId is not null && groups.Set.Contains(groupId.AsSpan()))
                {
                    assignments.Add(new ResourceAssignment { ResourceId = resourceId, PrincipalId = userId, PrincipalKind = PrincipalKind.User, AccessLevelId = level, InheritedFromGroupId = groupId });
                }
                else
                {
                    // Inherited from a group that is not managed: the group must not appear anywhere.
                    _context.Counters.Excluded.Add(ExclusionReason.IdNotManaged);
                }
            }
        }).ConfigureAwait(false);

        await Parallel.ForEachAsync(groups.Ids, parallel, async (groupId, ct) =>
        {
            IReadOnlyList<OktaRoleAssignment> roles;
            try
            {
                roles = await _context.Client.ListGroupRolesAsync(groupId, ct).ConfigureAwait(false);
            }
            catch (ConnectorNotFoundException)
            {
                return;
            }

            foreach (var role in roles)
            {
                if (KeyOf(role) is { } key)
                {
                    assignments.Add(new ResourceAssignment { ResourceId = key.ResourceId, PrincipalId = groupId, PrincipalKind = PrincipalKind.Group, AccessLevelId = key.Level });
                }
            }
        }).ConfigureAwait(false);

        var index = new OktaRoleAssignmentIndex(assignments, customRoles, version, startedAt);
        Log.ReadAssignmentsIndexed(_context.Logger, holders.Count, groups.Ids.Count, index.Count);
        return index;
    }
}
