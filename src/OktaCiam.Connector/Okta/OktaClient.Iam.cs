namespace OktaCiam.Connector;

/// <summary>IAM endpoints: custom roles, resource sets and role assignees, whose lists carry the next link in the body.</summary>
internal sealed partial class OktaClient
{
    /// <summary>The path of the custom role list.</summary>
    public const string CustomRolesPath = "/api/v1/iam/roles";

    /// <summary>The path of the resource set list.</summary>
    public const string ResourceSetsPath = "/api/v1/iam/resource-sets";

    /// <summary>The path of the list of users who hold admin roles.</summary>
    public const string RoleAssigneesPath = "/api/v1/iam/assignees/users";

    /// <summary>Reads one page of custom roles, from <paramref name="pathAndQuery"/> (a previous next link) or the first.</summary>
    public Task<OktaPage<OktaCustomRole>> GetCustomRolesPageAsync(string? pathAndQuery = null, CancellationToken cancellationToken = default) =>
        GetBodyLinkedPageAsync<OktaCustomRoleList, OktaCustomRole>(pathAndQuery ?? CustomRolesPath, OktaJsonContext.Default.OktaCustomRoleList, cancellationToken);

    /// <summary>Reads every custom role.</summary>
    public IAsyncEnumerable<OktaCustomRole> ListCustomRolesAsync(CancellationToken cancellationToken = default) =>
        GetAllBodyLinkedAsync<OktaCustomRoleList, OktaCustomRole>(CustomRolesPath, OktaJsonContext.Default.OktaCustomRoleList, cancellationToken);

    /// <summary>Reads a custom role by id or label; <see langword="null"/> when Okta has none.</summary>
    public Task<OktaCustomRole?> GetCustomRoleAsync(string roleIdOrLabel, CancellationToken cancellationToken = default) =>
        GetAsync($"{CustomRolesPath}/{OktaPath.Segment(roleIdOrLabel, nameof(roleIdOrLabel))}", OktaJsonContext.Default.OktaCustomRole, cancellationToken);

    /// <summary>Reads one page of resource sets, from <paramref name="pathAndQuery"/> (a previous next link) or the first.</summary>
    public Task<OktaPage<OktaResourceSet>> GetResourceSetsPageAsync(string? pathAndQuery = null, CancellationToken cancellationToken = default) =>
        GetBodyLinkedPageAsync<OktaResourceSetList, OktaResourceSet>(pathAndQuery ?? ResourceSetsPath, OktaJsonContext.Default.OktaResourceSetList, cancellationToken);

    /// <summary>Reads every resource set.</summary>
    public IAsyncEnumerable<OktaResourceSet> ListResourceSetsAsync(CancellationToken cancellationToken = default) =>
        GetAllBodyLinkedAsync<OktaResourceSetList, OktaResourceSet>(ResourceSetsPath, OktaJsonContext.Default.OktaResourceSetList, cancellationToken);

    /// <summary>Reads a resource set by id or label; <see langword="null"/> when Okta has none.</summary>
    public Task<OktaResourceSet?> GetResourceSetAsync(string resourceSetIdOrLabel, CancellationToken cancellationToken = default) =>
        GetAsync($"{ResourceSetsPath}/{OktaPath.Segment(resourceSetIdOrLabel, nameof(resourceSetIdOrLabel))}", OktaJsonContext.Default.OktaResourceSet, cancellationToken);

    /// <summary>Reads one page of the users who hold admin roles (ids only), from <paramref name="pathAndQuery"/> or the first; may name customers, so check each id.</summary>
    public Task<OktaPage<OktaRoleAssignee>> GetRoleAssigneesPageAsync(string? pathAndQuery = null, CancellationToken cancellationToken = default) =>
        GetBodyLinkedPageAsync<OktaRoleAssigneeList, OktaRoleAssignee>(pathAndQuery ?? RoleAssigneesPath, OktaJsonContext.Default.OktaRoleAssigneeList, cancellationToken);

    /// <summary>
    /// Reads one page of the users who hold admin roles, from <paramref name="pathAndQuery"/> or the first, keeping only the ids in
    /// <paramref name="managedUsers"/>: no other id becomes a string. Left-out entries are counted in <paramref name="excluded"/>.
    /// </summary>
    public Task<OktaPage<string>> GetManagedRoleAssigneesPageAsync(
        ManagedIdSet managedUsers, ExclusionTally excluded, string? pathAndQuery = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(managedUsers);
        ArgumentNullException.ThrowIfNull(excluded);
        var path = pathAndQuery ?? OktaPath.WithQuery(RoleAssigneesPath, ("limit", "200"));
        ValidatePathAndQuery(path);
        return GetPageCoreAsync<string>(
            path,
            async (body, ct) =>
            {
                var page = await managedUsers.FilterIdListAsync(body, ct).ConfigureAwait(false);
                excluded.Add(page.Excluded);
                return (page.ManagedIds, page.NextHref);
            },
            cancellationToken);
    }

    /// <summary>Reads every user who holds an admin role (ids only).</summary>
    public IAsyncEnumerable<OktaRoleAssignee> ListRoleAssigneesAsync(CancellationToken cancellationToken = default) =>
        GetAllBodyLinkedAsync<OktaRoleAssigneeList, OktaRoleAssignee>(RoleAssigneesPath, OktaJsonContext.Default.OktaRoleAssigneeList, cancellationToken);
}
