using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector;

/// <summary>Reads managed Okta groups (the auto-import allow-list applies to lists) and their managed members.</summary>
internal sealed class OktaGroupReader : IGroupReader
{
    private readonly OktaReadContext _context;
    private readonly OktaObjectReader<OktaConfirmation<OktaGroup>> _confirmReader;

    public OktaGroupReader(OktaReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _confirmReader = OktaConfirmation<OktaGroup>.Reader(context.Filter, OktaJsonContext.Default.OktaGroup);
        Lister = new OktaManagedLister<OktaGroup>(
            context,
            OktaReadList.Groups,
            OktaJsonContext.Default.OktaGroup,
            static group => group.Id,
            static group => group.LastUpdated,
            (id, reader, ct) => context.Client.GetGroupAsync(id, reader, ct));
    }

    /// <summary>Gets the list walker, which the role reader also uses to learn the managed group ids.</summary>
    public OktaManagedLister<OktaGroup> Lister { get; }

    /// <inheritdoc/>
    public async Task<Page<ConnectorGroup>> ListGroupsAsync(PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await Lister.ReadPageAsync(page, cancellationToken).ConfigureAwait(false);
        var groups = new List<ConnectorGroup>(result.Items.Count);
        foreach (var group in result.Items)
        {
            if (OktaGroupMapping.IsImported(group, _context.Options.Groups) && OktaGroupMapping.ToConnectorGroup(group) is { } mapped)
            {
                groups.Add(mapped);
            }
        }

        return Page.Create(groups, _context.Seal(result.Next));
    }

    /// <inheritdoc/>
    public async Task<ConnectorGroup?> GetGroupAsync(string groupId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(groupId);
        var fresh = await ReadManagedAsync(groupId, cancellationToken).ConfigureAwait(false);
        return fresh is null ? null : OktaGroupMapping.ToConnectorGroup(fresh);
    }

    /// <inheritdoc/>
    public async Task<Page<GroupMember>> ListGroupMembersAsync(string groupId, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(groupId);
        ArgumentNullException.ThrowIfNull(page);
        var limit = OktaReadContext.Limit(page);
        string path;
        if (page.Cursor is null)
        {
            path = OktaReadPaths.FirstMembers(groupId, limit);
        }
        else
        {
            var cursor = OktaReadCursor.Decode(page.Cursor, _context.Protector, OktaReadList.Members, groupId);
            if (cursor.Phase != OktaReadPhase.Plain || cursor.Path is null || !OktaReadPaths.IsMembersContinuation(cursor.Path, groupId))
            {
                throw OktaReadCursor.Invalid();
            }

            path = cursor.Path;
        }

        await EnsureManagedAsync(groupId, cancellationToken).ConfigureAwait(false);

        FilteredPage<OktaUser>? filtered = null;
        var okta = await _context.Client.GetPageAsync(
            path,
            async (body, ct) =>
            {
                filtered = await _context.Filter.FilterPageAsync(body, OktaJsonContext.Default.OktaUser, ct).ConfigureAwait(false);
                return filtered.Managed;
            },
            cancellationToken).ConfigureAwait(false);
        _context.Counters.Excluded.Add(filtered!.Excluded);

        var members = new List<GroupMember>(okta.Items.Count);
        foreach (var user in okta.Items)
        {
            if (!string.IsNullOrEmpty(user.Id))
            {
                members.Add(new GroupMember(groupId, user.Id));
            }
        }

        OktaReadCursor? next = null;
        if (okta.NextPathAndQuery is { } nextPath)
        {
            if (!OktaReadPaths.IsMembersContinuation(nextPath, groupId))
            {
                throw new ConnectorProtocolException("Okta's next-page link for a group's members named another list, so paging stopped: retry, and if it persists report it.");
            }

            next = new OktaReadCursor { List = OktaReadList.Members, Phase = OktaReadPhase.Plain, Scope = groupId, Path = nextPath };
        }

        return Page.Create(members, _context.Seal(next));
    }

    /// <summary>Reads a group by id (strongly consistent) when, and only when, it is managed.</summary>
    public async Task<OktaGroup?> ReadManagedAsync(string groupId, CancellationToken cancellationToken)
    {
        var fresh = await _context.Client.GetGroupAsync(groupId, _confirmReader, cancellationToken).ConfigureAwait(false);
        if (fresh is null)
        {
            return null;
        }

        if (!fresh.IsManaged)
        {
            _context.Counters.Excluded.Add(fresh.Reason);
            return null;
        }

        return fresh.Value;
    }

    private async Task EnsureManagedAsync(string groupId, CancellationToken cancellationToken)
    {
        if (_context.Directory.Fresh(OktaReadList.Groups)?.Set.Contains(groupId.AsSpan()) == true)
        {
            return;
        }

        if (await ReadManagedAsync(groupId, cancellationToken).ConfigureAwait(false) is null)
        {
            throw new ConnectorNotFoundException(
                $"The group is not a managed group: it does not exist, or its profile.{_context.Filter.AttributeName} is not the boolean true. Only managed groups' members can be listed.");
        }
    }
}
