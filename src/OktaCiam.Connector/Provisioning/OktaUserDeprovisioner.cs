using Microsoft.Extensions.Logging;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector;

/// <summary>
/// Deprovisions managed Okta users: deactivates them without emailing them and, when asked and allowed, deletes them with
/// Okta's second <c>DELETE</c>. Reports the status Okta holds afterwards, read directly.
/// </summary>
/// <remarks>
/// The guard refuses users that are not managed and the user who owns the API token; deletion also needs
/// <see cref="OktaCiamProvisioningOptions.AllowDelete"/>. A <c>DELETE</c> is only sent once a fresh read shows the user
/// DEPROVISIONED, so it deletes, and is never repeated blindly: if its answer is lost, the user is re-read to learn the outcome.
/// </remarks>
internal sealed class OktaUserDeprovisioner : IUserDeprovisioner
{
    private const string Operation = "deprovisioning";
    private const string Deprovisioned = "DEPROVISIONED";

    private readonly OktaClient _client;
    private readonly OktaWriteGuard _guard;
    private readonly ILogger _logger;

    public OktaUserDeprovisioner(OktaClient client, OktaWriteGuard guard, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(guard);
        ArgumentNullException.ThrowIfNull(logger);
        _client = client;
        _guard = guard;
        _logger = logger;
    }

    /// <inheritdoc/>
    public async Task<ProvisioningResult> DeprovisionUserAsync(UserDeprovisioning request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.UserId, nameof(request));
        if (request.Delete)
        {
            _guard.RequireDeleteAllowed(Operation);
        }

        var user = await _guard.RequireManagedUserAsync(request.UserId, Operation, cancellationToken).ConfigureAwait(false);
        await _guard.RequireNotTokenOwnerAsync(user, Operation, cancellationToken).ConfigureAwait(false);

        var deactivate = new ProvisioningAction("POST", OktaPath.WithQuery($"{UserPath(user.Id)}/lifecycle/deactivate", ("sendEmail", "false")));
        var delete = new ProvisioningAction("DELETE", OktaPath.WithQuery(UserPath(user.Id), ("sendEmail", "false")));
        var alreadyDeprovisioned = user.Status == Deprovisioned;
        List<ProvisioningAction> plan = [];
        if (!alreadyDeprovisioned)
        {
            plan.Add(deactivate);
        }

        if (request.Delete)
        {
            plan.Add(delete);
        }

        if (plan.Count == 0)
        {
            Log.WriteCompleted(_logger, Operation, request.DryRun ? nameof(ProvisioningOutcome.Planned) : nameof(ProvisioningOutcome.AlreadyInState), 0);
            return new ProvisioningResult
            {
                Outcome = request.DryRun ? ProvisioningOutcome.Planned : ProvisioningOutcome.AlreadyInState,
                FinalUserStatus = UserStatus.Deprovisioned,
                Detail = request.DryRun ? "The user already is deprovisioned. Nothing would be sent." : "The user already is deprovisioned.",
            };
        }

        if (request.DryRun)
        {
            Log.WriteCompleted(_logger, Operation, nameof(ProvisioningOutcome.Planned), 0);
            return new ProvisioningResult
            {
                Outcome = ProvisioningOutcome.Planned,
                Actions = plan,
                FinalUserStatus = OktaUserMapping.MapStatus(user.Status),
                Detail = "Dry run: the guard allowed the deprovisioning; nothing was sent. FinalUserStatus is the user's current status.",
            };
        }

        List<ProvisioningAction> sent = [];
        var current = user;
        if (!alreadyDeprovisioned)
        {
            try
            {
                await _client.DeactivateUserAsync(user.Id, sendEmail: false, cancellationToken).ConfigureAwait(false);
            }
            catch (ConnectorException ex) when (ex is ConnectorNotFoundException or ConnectorTransientException or ConnectorProtocolException)
            {
                // Okta answers a repeated deactivation with 404, so a retry after a lost answer lands here: the fresh read decides.
                Log.WriteOutcomeUncertain(_logger, Operation, "POST /api/v1/users/{id}/lifecycle/deactivate");
                if (await _guard.RereadManagedUserAsync(user.Id, Operation, cancellationToken).ConfigureAwait(false) is { Status: not Deprovisioned })
                {
                    throw;
                }
            }

            sent.Add(deactivate);
            current = await _guard.RereadManagedUserAsync(user.Id, Operation, cancellationToken).ConfigureAwait(false);
            if (current is null)
            {
                return Finish(sent, UserStatus.Deprovisioned, "Okta no longer has the account (it was deleted while being deactivated).");
            }
        }

        if (!request.Delete)
        {
            return Finish(sent, OktaUserMapping.MapStatus(current.Status), null);
        }

        if (current.Status != Deprovisioned)
        {
            // A DELETE now would only deactivate again; the caller can repeat the deprovisioning once Okta has finished.
            throw new ConnectorTransientException(
                "The user was deactivated but Okta does not show it DEPROVISIONED yet, so it was not deleted: run the deprovisioning again to delete it.");
        }

        try
        {
            await _client.DeleteUserAsync(user.Id, sendEmail: false, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException ex) when (ex is ConnectorTransientException or ConnectorProtocolException)
        {
            // The DELETE is not retried blindly; a fresh read tells whether it went through before its answer was lost.
            Log.WriteOutcomeUncertain(_logger, Operation, "DELETE /api/v1/users/{id}");
            if (await _guard.RereadManagedUserAsync(user.Id, Operation, cancellationToken).ConfigureAwait(false) is not null)
            {
                throw;
            }
        }

        sent.Add(delete);
        var after = await _guard.RereadManagedUserAsync(user.Id, Operation, cancellationToken).ConfigureAwait(false);
        return after is null
            ? Finish(sent, UserStatus.Deprovisioned, "The account was deleted permanently; Okta no longer has it.")
            : Finish(sent, OktaUserMapping.MapStatus(after.Status), "Okta still has the account after the DELETE.");
    }

    private static string UserPath(string userId) => $"/api/v1/users/{OktaPath.Segment(userId)}";

    private ProvisioningResult Finish(List<ProvisioningAction> sent, UserStatus finalStatus, string? detail)
    {
        Log.WriteCompleted(_logger, Operation, nameof(ProvisioningOutcome.Applied), sent.Count);
        return new ProvisioningResult { Outcome = ProvisioningOutcome.Applied, Actions = sent, FinalUserStatus = finalStatus, Detail = detail };
    }
}
