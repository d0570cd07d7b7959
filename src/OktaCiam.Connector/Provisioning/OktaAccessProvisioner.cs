using Microsoft.Extensions.Logging;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector;

/// <summary>
/// Grants and revokes Okta group membership and Okta admin roles (standard types, and custom roles on a resource set) for
/// managed users and groups. Every write passes <see cref="OktaWriteGuard"/> first, and its current state is read
/// (strongly consistent lists, never the search index) so the outcome says truthfully whether anything changed.
/// </summary>
/// <remarks>
/// Users may be named by id or login; groups by id. A grant's <see cref="ResourceGrant.ResourceId"/> is a standard role type
/// (<c>HELP_DESK_ADMIN</c>) or a custom role id (<c>cr0…</c>), and <see cref="ResourceGrant.AccessLevelId"/> the resource set
/// id of a custom role (empty for standard types). Only the write requests appear in <see cref="ProvisioningResult.Actions"/>.
/// </remarks>
internal sealed class OktaAccessProvisioner : IAccessProvisioner
{
    private const string AddMemberOperation = "group membership add";
    private const string RemoveMemberOperation = "group membership removal";
    private const string GrantRoleOperation = "admin role grant";
    private const string RevokeRoleOperation = "admin role revoke";

    private readonly OktaClient _client;
    private readonly OktaWriteGuard _guard;
    private readonly ILogger _logger;
    private readonly OktaBodyReader<OktaGroup> _readManagedGroups;

    public OktaAccessProvisioner(OktaClient client, OktaWriteGuard guard, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(guard);
        ArgumentNullException.ThrowIfNull(logger);
        _client = client;
        _guard = guard;
        _logger = logger;
        _readManagedGroups = async (body, ct) =>
            (await guard.Filter.FilterPageAsync(body, OktaJsonContext.Default.OktaGroup, ct).ConfigureAwait(false)).Managed;
    }

    /// <inheritdoc/>
    public async Task<ProvisioningResult> AddGroupMemberAsync(GroupMembershipChange change, CancellationToken cancellationToken = default)
    {
        CheckMembershipChange(change);
        var user = await _guard.RequireManagedUserAsync(change.UserId, AddMemberOperation, cancellationToken).ConfigureAwait(false);
        var group = await _guard.RequireWritableGroupAsync(change.GroupId, AddMemberOperation, cancellationToken).ConfigureAwait(false);
        if (await IsMemberAsync(user.Id, group.Id, cancellationToken).ConfigureAwait(false))
        {
            return AlreadyInState(AddMemberOperation, change.DryRun, "The user already is a member of the group.");
        }

        var action = new ProvisioningAction("PUT", MembershipPath(group.Id, user.Id));
        if (change.DryRun)
        {
            return Planned(AddMemberOperation, [action]);
        }

        await _client.AddGroupMemberAsync(group.Id, user.Id, cancellationToken).ConfigureAwait(false);
        return Applied(AddMemberOperation, [action]);
    }

    /// <inheritdoc/>
    public async Task<ProvisioningResult> RemoveGroupMemberAsync(GroupMembershipChange change, CancellationToken cancellationToken = default)
    {
        CheckMembershipChange(change);
        var user = await _guard.RequireManagedUserAsync(change.UserId, RemoveMemberOperation, cancellationToken).ConfigureAwait(false);
        var group = await _guard.RequireWritableGroupAsync(change.GroupId, RemoveMemberOperation, cancellationToken).ConfigureAwait(false);
        if (!await IsMemberAsync(user.Id, group.Id, cancellationToken).ConfigureAwait(false))
        {
            return AlreadyInState(RemoveMemberOperation, change.DryRun, "The user is not a member of the group.");
        }

        var action = new ProvisioningAction("DELETE", MembershipPath(group.Id, user.Id));
        if (change.DryRun)
        {
            return Planned(RemoveMemberOperation, [action]);
        }

        await _client.RemoveGroupMemberAsync(group.Id, user.Id, cancellationToken).ConfigureAwait(false);
        return Applied(RemoveMemberOperation, [action]);
    }

    /// <inheritdoc/>
    public async Task<ProvisioningResult> GrantResourceAsync(ResourceGrant grant, CancellationToken cancellationToken = default)
    {
        var role = CheckGrant(grant);
        _guard.RequireGrantableRole(role, GrantRoleOperation);
        var principal = await RequirePrincipalAsync(grant, GrantRoleOperation, cancellationToken).ConfigureAwait(false);
        var assignments = await ListRolesAsync(principal, cancellationToken).ConfigureAwait(false);
        if (assignments.Any(a => role.Matches(a) && principal.IsDirect(a)))
        {
            return AlreadyInState(GrantRoleOperation, grant.DryRun, $"The {principal.Kind} already holds {role}.");
        }

        var action = new ProvisioningAction("POST", principal.RolesPath);
        if (grant.DryRun)
        {
            return Planned(GrantRoleOperation, [action]);
        }

        var result = principal.IsGroup
            ? await _client.AssignGroupRoleAsync(principal.Id, role.ToRequest(), cancellationToken).ConfigureAwait(false)
            : await _client.AssignUserRoleAsync(principal.Id, role.ToRequest(), cancellationToken).ConfigureAwait(false);
        if (result.AlreadyAssigned)
        {
            // The POST was sent but changed nothing: Okta answered "already assigned" (a concurrent grant, or a retried attempt Okta had applied).
            Log.WriteCompleted(_logger, GrantRoleOperation, nameof(ProvisioningOutcome.AlreadyInState), 1);
            return new ProvisioningResult
            {
                Outcome = ProvisioningOutcome.AlreadyInState,
                Actions = [action],
                Detail = $"Okta answered that the {principal.Kind} already holds {role}.",
            };
        }

        return Applied(GrantRoleOperation, [action]);
    }

    /// <inheritdoc/>
    public async Task<ProvisioningResult> RevokeResourceAsync(ResourceGrant grant, CancellationToken cancellationToken = default)
    {
        var role = CheckGrant(grant);
        var principal = await RequirePrincipalAsync(grant, RevokeRoleOperation, cancellationToken).ConfigureAwait(false);
        var assignments = await ListRolesAsync(principal, cancellationToken).ConfigureAwait(false);
        var direct = assignments.FirstOrDefault(a => role.Matches(a) && principal.IsDirect(a));
        if (direct is null)
        {
            if (assignments.Any(role.Matches))
            {
                Log.WriteRefused(_logger, RevokeRoleOperation, "RoleInheritedFromGroup");
                throw new ConnectorRejectedException(
                    $"Cannot revoke {role} from the user: the user holds it only through a group's role assignment, which Okta does not let anyone remove on the user. Revoke it from the group that grants it, or remove the user from that group. Nothing was sent to Okta.");
            }

            return AlreadyInState(RevokeRoleOperation, grant.DryRun, $"The {principal.Kind} does not hold {role}.");
        }

        var assignmentId = OktaErrors.Safe(direct.Id, 100)
            ?? throw new ConnectorProtocolException($"Okta listed the {principal.Kind}'s {role} assignment without a usable id, so it cannot be removed. Nothing was sent to Okta.");
        var action = new ProvisioningAction("DELETE", $"{principal.RolesPath}/{OktaPath.Segment(assignmentId)}");
        if (grant.DryRun)
        {
            return Planned(RevokeRoleOperation, [action]);
        }

        var removed = principal.IsGroup
            ? await _client.UnassignGroupRoleAsync(principal.Id, assignmentId, cancellationToken).ConfigureAwait(false)
            : await _client.UnassignUserRoleAsync(principal.Id, assignmentId, cancellationToken).ConfigureAwait(false);
        if (!removed)
        {
            // Okta answered 404: the assignment went away between the list and the DELETE (or a retried attempt had removed it).
            Log.WriteCompleted(_logger, RevokeRoleOperation, nameof(ProvisioningOutcome.AlreadyInState), 1);
            return new ProvisioningResult
            {
                Outcome = ProvisioningOutcome.AlreadyInState,
                Actions = [action],
                Detail = $"Okta answered that the {principal.Kind}'s {role} assignment was already gone.",
            };
        }

        return Applied(RevokeRoleOperation, [action]);
    }

    private static void CheckMembershipChange(GroupMembershipChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentException.ThrowIfNullOrWhiteSpace(change.GroupId, nameof(change));
        ArgumentException.ThrowIfNullOrWhiteSpace(change.UserId, nameof(change));
    }

    private static OktaRoleSpec CheckGrant(ResourceGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        ArgumentException.ThrowIfNullOrWhiteSpace(grant.PrincipalId, nameof(grant));
        if (grant.PrincipalKind is not (PrincipalKind.User or PrincipalKind.Group))
        {
            throw new ArgumentException($"PrincipalKind {grant.PrincipalKind} is not supported: admin roles are granted to users or groups.", nameof(grant));
        }

        return OktaRoleSpec.From(grant);
    }

    private static string MembershipPath(string groupId, string userId) =>
        $"/api/v1/groups/{OktaPath.Segment(groupId)}/users/{OktaPath.Segment(userId)}";

    private async Task<Principal> RequirePrincipalAsync(ResourceGrant grant, string operation, CancellationToken cancellationToken)
    {
        if (grant.PrincipalKind == PrincipalKind.Group)
        {
            var group = await _guard.RequireWritableGroupAsync(grant.PrincipalId, operation, cancellationToken).ConfigureAwait(false);
            return new Principal(group.Id, IsGroup: true);
        }

        var user = await _guard.RequireManagedUserAsync(grant.PrincipalId, operation, cancellationToken).ConfigureAwait(false);
        return new Principal(user.Id, IsGroup: false);
    }

    private Task<IReadOnlyList<OktaRoleAssignment>> ListRolesAsync(Principal principal, CancellationToken cancellationToken) =>
        principal.IsGroup
            ? _client.ListGroupRolesAsync(principal.Id, cancellationToken)
            : _client.ListUserRolesAsync(principal.Id, cancellationToken);

    // The user's own group list is read directly (not the search index) and is short, unlike the group's member list.
    private async Task<bool> IsMemberAsync(string userId, string groupId, CancellationToken cancellationToken)
    {
        var page = await _client.ListUserGroupsAsync(userId, _readManagedGroups, cancellationToken).ConfigureAwait(false);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            if (page.Items.Any(g => string.Equals(g.Id, groupId, StringComparison.Ordinal)))
            {
                return true;
            }

            if (page.NextPathAndQuery is not { } next)
            {
                return false;
            }

            if (!seen.Add(next))
            {
                throw new ConnectorProtocolException("Okta returned a next-page link for GET /api/v1/users/{id}/groups that was already read, so the membership could not be decided. Nothing was sent to Okta.");
            }

            page = await _client.GetPageAsync(next, _readManagedGroups, cancellationToken).ConfigureAwait(false);
        }
    }

    private ProvisioningResult AlreadyInState(string operation, bool dryRun, string detail)
    {
        var outcome = dryRun ? ProvisioningOutcome.Planned : ProvisioningOutcome.AlreadyInState;
        Log.WriteCompleted(_logger, operation, outcome.ToString(), 0);
        return new ProvisioningResult { Outcome = outcome, Detail = dryRun ? detail + " Nothing would be sent." : detail };
    }

    private ProvisioningResult Planned(string operation, IReadOnlyList<ProvisioningAction> actions)
    {
        Log.WriteCompleted(_logger, operation, nameof(ProvisioningOutcome.Planned), 0);
        return new ProvisioningResult { Outcome = ProvisioningOutcome.Planned, Actions = actions, Detail = "Dry run: the guard allowed the write; nothing was sent." };
    }

    private ProvisioningResult Applied(string operation, IReadOnlyList<ProvisioningAction> actions)
    {
        Log.WriteCompleted(_logger, operation, nameof(ProvisioningOutcome.Applied), actions.Count);
        return new ProvisioningResult { Outcome = ProvisioningOutcome.Applied, Actions = actions };
    }

    private sealed record Principal(string Id, bool IsGroup)
    {
        public string Kind => IsGroup ? "group" : "user";

        public string RolesPath => $"/api/v1/{(IsGroup ? "groups" : "users")}/{OktaPath.Segment(Id)}/roles";

        // A user's role list also names roles inherited from groups, which only the group can give up.
        public bool IsDirect(OktaRoleAssignment assignment) =>
            IsGroup || !string.Equals(assignment.AssignmentType, "GROUP", StringComparison.Ordinal);
    }
}
