using System.Net;

namespace OktaCiam.Connector;

/// <summary>User endpoints.</summary>
internal sealed partial class OktaClient
{
    /// <summary>Reads the first page of <c>GET /api/v1/users</c>; continue with <see cref="GetPageAsync{T}"/> and the page's next link.</summary>
    /// <remarks>The list holds customers: pass the managed-identity filter's reader. Sent with the okta-response content type that omits credentials.</remarks>
    public Task<OktaPage<T>> ListUsersAsync<T>(OktaUserQuery query, OktaBodyReader<T> readBody, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return GetPageAsync(query.ToPathAndQuery(), readBody, cancellationToken);
    }

    /// <summary>Reads a user by id or login (strongly consistent); <see langword="null"/> when Okta has none.</summary>
    /// <remarks>Materialises the user even when it is a customer: readers and writes re-check through the filter's reader overload.</remarks>
    public Task<OktaUser?> GetUserAsync(string idOrLogin, CancellationToken cancellationToken = default) =>
        GetAsync(UserPath(idOrLogin), OktaJsonContext.Default.OktaUser, cancellationToken);

    /// <summary>Reads a user by id or login (strongly consistent) through <paramref name="readBody"/>; <see langword="null"/> when Okta has none or the reader drops it.</summary>
    public Task<T?> GetUserAsync<T>(string idOrLogin, OktaObjectReader<T> readBody, CancellationToken cancellationToken = default)
        where T : class =>
        GetAsync(UserPath(idOrLogin), readBody, cancellationToken);

    /// <summary>Reads the user the credentials belong to (<c>/api/v1/users/me</c>); <see langword="null"/> for a service app, which acts as no user.</summary>
    public Task<OktaUser?> GetCurrentUserAsync(CancellationToken cancellationToken = default) =>
        GetAsync("/api/v1/users/me", OktaJsonContext.Default.OktaUser, cancellationToken);

    /// <summary>Reads the first page of a user's groups (<c>GET /api/v1/users/{id}/groups</c>); the list may hold customer groups.</summary>
    public Task<OktaPage<T>> ListUserGroupsAsync<T>(string userId, OktaBodyReader<T> readBody, CancellationToken cancellationToken = default) =>
        GetPageAsync($"{UserPath(userId)}/groups", readBody, cancellationToken);

    /// <summary>Reads every role assignment of a user, those inherited from groups (<c>assignmentType: GROUP</c>) included.</summary>
    public async Task<IReadOnlyList<OktaRoleAssignment>> ListUserRolesAsync(string userId, CancellationToken cancellationToken = default)
    {
        var roles = new List<OktaRoleAssignment>();
        await foreach (var role in GetAllAsync($"{UserPath(userId)}/roles", OktaJsonReaders.RoleAssignments, cancellationToken).ConfigureAwait(false))
        {
            roles.Add(role);
        }

        return roles;
    }

    /// <summary>Assigns a role to a user (<c>POST /api/v1/users/{id}/roles</c>); "already assigned" (409 E0000090 or E0000263) is an outcome, not an error.</summary>
    public Task<OktaRoleAssignResult> AssignUserRoleAsync(string userId, OktaRoleAssignmentRequest role, CancellationToken cancellationToken = default) =>
        AssignRoleAsync($"{UserPath(userId)}/roles", role, cancellationToken);

    /// <summary>Removes a user's role assignment (<c>DELETE /api/v1/users/{id}/roles/{assignmentId}</c>); false when Okta answers 404 (already gone).</summary>
    public Task<bool> UnassignUserRoleAsync(string userId, string assignmentId, CancellationToken cancellationToken = default) =>
        UnassignRoleAsync($"{UserPath(userId)}/roles/{OktaPath.Segment(assignmentId, nameof(assignmentId))}", cancellationToken);

    /// <summary>Deactivates a user (<c>POST /api/v1/users/{id}/lifecycle/deactivate</c>); Okta answers 200 <c>{}</c> or 204.</summary>
    public async Task DeactivateUserAsync(string userId, bool sendEmail = false, CancellationToken cancellationToken = default)
    {
        var path = OktaPath.WithQuery($"{UserPath(userId)}/lifecycle/deactivate", ("sendEmail", sendEmail ? "true" : "false"));
        using var response = await SendWriteAsync(HttpMethod.Post, path, null, null, retrySafe: true, accepted: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes a user (<c>DELETE /api/v1/users/{id}</c>): deactivates a user that is not yet deprovisioned, deletes one that is. Never retried after a lost response.</summary>
    public async Task DeleteUserAsync(string userId, bool sendEmail = false, CancellationToken cancellationToken = default)
    {
        var path = OktaPath.WithQuery(UserPath(userId), ("sendEmail", sendEmail ? "true" : "false"));
        using var response = await SendWriteAsync(HttpMethod.Delete, path, null, null, retrySafe: false, accepted: null, cancellationToken).ConfigureAwait(false);
    }

    private static string UserPath(string idOrLogin) => $"/api/v1/users/{OktaPath.Segment(idOrLogin, nameof(idOrLogin))}";

    private async Task<OktaRoleAssignResult> AssignRoleAsync(string path, OktaRoleAssignmentRequest role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(role);
        using var response = await SendWriteAsync(
            HttpMethod.Post, path, role, OktaJsonContext.Default.OktaRoleAssignmentRequest, retrySafe: true, HttpStatusCode.Conflict, cancellationToken).ConfigureAwait(false);
        var endpoint = OktaEndpoint.Describe(HttpMethod.Post, response.RequestMessage?.RequestUri);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            var error = await ToExceptionAsync(response, endpoint, cancellationToken).ConfigureAwait(false);
            return error.ErrorCode is "E0000090" or "E0000263" ? new OktaRoleAssignResult(AlreadyAssigned: true, null) : throw error;
        }

        // The status confirms the write; a body that cannot be read only costs the echo of the assignment.
        OktaRoleAssignment? assignment = null;
        try
        {
            assignment = await ReadBodyAsync(response, endpoint, OktaJsonReaders.Object(OktaJsonContext.Default.OktaRoleAssignment).Invoke, cancellationToken).ConfigureAwait(false);
        }
        catch (Abstractions.ConnectorException ex) when (ex is Abstractions.ConnectorProtocolException or Abstractions.ConnectorTransientException)
        {
        }

        return new OktaRoleAssignResult(AlreadyAssigned: false, assignment);
    }

    private async Task<bool> UnassignRoleAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await SendWriteAsync(HttpMethod.Delete, path, null, null, retrySafe: true, HttpStatusCode.NotFound, cancellationToken).ConfigureAwait(false);
        return response.StatusCode != HttpStatusCode.NotFound;
    }
}
