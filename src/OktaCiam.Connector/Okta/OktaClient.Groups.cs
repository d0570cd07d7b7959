namespace OktaCiam.Connector;

/// <summary>Group endpoints.</summary>
internal sealed partial class OktaClient
{
    /// <summary>The page size the connector asks for on group member lists (Okta's default is 1000).</summary>
    public const int GroupMembersLimit = 200;

    /// <summary>Reads the first page of <c>GET /api/v1/groups</c>; continue with <see cref="GetPageAsync{T}"/>. The list holds customer groups: pass the filter's reader.</summary>
    public Task<OktaPage<T>> ListGroupsAsync<T>(OktaGroupQuery query, OktaBodyReader<T> readBody, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return GetPageAsync(query.ToPathAndQuery(), readBody, cancellationToken);
    }

    /// <summary>Reads a group by id; <see langword="null"/> when Okta has none.</summary>
    public Task<OktaGroup?> GetGroupAsync(string groupId, CancellationToken cancellationToken = default) =>
        GetAsync(GroupPath(groupId), OktaJsonContext.Default.OktaGroup, cancellationToken);

    /// <summary>Reads a group by id through <paramref name="readBody"/>; <see langword="null"/> when Okta has none or the reader drops it.</summary>
    public Task<T?> GetGroupAsync<T>(string groupId, OktaObjectReader<T> readBody, CancellationToken cancellationToken = default)
        where T : class =>
        GetAsync(GroupPath(groupId), readBody, cancellationToken);

    /// <summary>Reads the first page of a group's members (<c>GET /api/v1/groups/{id}/users</c>); every member is listed, customers included.</summary>
    public Task<OktaPage<T>> ListGroupMembersAsync<T>(string groupId, OktaBodyReader<T> readBody, int limit = GroupMembersLimit, CancellationToken cancellationToken = default) =>
        GetPageAsync(OktaPath.WithQuery($"{GroupPath(groupId)}/users", ("limit", OktaPath.Limit(limit, 1000))), readBody, cancellationToken);

    /// <summary>Adds a user to a group (<c>PUT /api/v1/groups/{gid}/users/{uid}</c>, 204); only OKTA_GROUP groups accept it.</summary>
    public async Task AddGroupMemberAsync(string groupId, string userId, CancellationToken cancellationToken = default)
    {
        using var response = await SendWriteAsync(HttpMethod.Put, MembershipPath(groupId, userId), null, null, retrySafe: true, accepted: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes a user from a group (<c>DELETE /api/v1/groups/{gid}/users/{uid}</c>, 204).</summary>
    public async Task RemoveGroupMemberAsync(string groupId, string userId, CancellationToken cancellationToken = default)
    {
        using var response = await SendWriteAsync(HttpMethod.Delete, MembershipPath(groupId, userId), null, null, retrySafe: true, accepted: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads every role assignment of a group.</summary>
    public async Task<IReadOnlyList<OktaRoleAssignment>> ListGroupRolesAsync(string groupId, CancellationToken cancellationToken = default)
    {
        var roles = new List<OktaRoleAssignment>();
        await foreach (var role in GetAllAsync($"{GroupPath(groupId)}/roles", OktaJsonReaders.RoleAssignments, cancellationToken).ConfigureAwait(false))
        {
            roles.Add(role);
        }

        return roles;
    }

    /// <summary>Assigns a role to a group (<c>POST /api/v1/groups/{id}/roles</c>); "already assigned" is an outcome, not an error.</summary>
    public Task<OktaRoleAssignResult> AssignGroupRoleAsync(string groupId, OktaRoleAssignmentRequest role, CancellationToken cancellationToken = default) =>
        AssignRoleAsync($"{GroupPath(groupId)}/roles", role, cancellationToken);

    /// <summary>Removes a group's role assignment; false when Okta answers 404 (already gone).</summary>
    public Task<bool> UnassignGroupRoleAsync(string groupId, string assignmentId, CancellationToken cancellationToken = default) =>
        UnassignRoleAsync($"{GroupPath(groupId)}/roles/{OktaPath.Segment(assignmentId, nameof(assignmentId))}", cancellationToken);

    private static string GroupPath(string groupId) => $"/api/v1/groups/{OktaPath.Segment(groupId, nameof(groupId))}";

    private static string MembershipPath(string groupId, string userId) => $"{GroupPath(groupId)}/users/{OktaPath.Segment(userId, nameof(userId))}";
}
