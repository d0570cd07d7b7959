namespace OktaCiam.Connector;

/// <summary>Marks requests that may be sent again after a server error, timeout or dropped connection without changing the outcome.</summary>
/// <remarks>
/// Retry-safe: every GET; PUT and DELETE of a group membership (set semantics); POST of a role assignment (a repeat answers
/// 409 E0000090/E0000263, read as "already assigned"); DELETE of a role assignment (a repeat answers 404, read as "already
/// unassigned"); POST deactivate (the target state is the same). Not retry-safe: DELETE of a user (a second DELETE of a
/// deactivated user deletes it). A 429, a 409 E0000268 and a connection that was never established are retried for every
/// request, because Okta did not act on them.
/// </remarks>
internal static class OktaRequestPolicy
{
    private static readonly HttpRequestOptionsKey<bool> RetrySafeKey = new("OktaCiam.RetrySafe");

    /// <summary>Records whether <paramref name="request"/> is safe to send again.</summary>
    public static void SetRetrySafe(HttpRequestMessage request, bool retrySafe)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(RetrySafeKey, retrySafe);
    }

    /// <summary>Returns whether <paramref name="request"/> is safe to send again; unmarked requests are safe only for GET and HEAD.</summary>
    public static bool IsRetrySafe(HttpRequestMessage? request) =>
        request is not null && (request.Options.TryGetValue(RetrySafeKey, out var safe)
            ? safe
            : request.Method == HttpMethod.Get || request.Method == HttpMethod.Head);
}
