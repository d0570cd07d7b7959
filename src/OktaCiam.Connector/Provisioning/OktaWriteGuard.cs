using Microsoft.Extensions.Logging;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector;

/// <summary>
/// The one gate every write passes: it re-reads each target directly from Okta (a strongly consistent GET by id, never the
/// search index, never a cache), applies the managed-identity filter to that fresh body, and refuses unless every target is
/// managed and the write is allowed. A refusal happens before any write request is sent.
/// </summary>
/// <remarks>
/// Refusal messages never repeat anything Okta returned about an unmanaged identity, nor the id or login the caller passed.
/// </remarks>
internal sealed class OktaWriteGuard
{
    /// <summary>The only group type the connector writes to.</summary>
    public const string WritableGroupType = "OKTA_GROUP";

    private const string NothingSent = "Nothing was sent to Okta.";

    private readonly OktaClient _client;
    private readonly ManagedIdentityFilter _filter;
    private readonly OktaCiamProvisioningOptions _options;
    private readonly HashSet<string> _allowedRoleTypes;
    private readonly ILogger _logger;
    private readonly OktaObjectReader<OktaFreshRead<OktaUser>> _readUser;
    private readonly OktaObjectReader<OktaFreshRead<OktaGroup>> _readGroup;

    public OktaWriteGuard(OktaClient client, OktaCiamOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _client = client;
        _filter = new ManagedIdentityFilter(options.ManagedAttribute);
        _options = options.Provisioning ?? new OktaCiamProvisioningOptions();
        _allowedRoleTypes = new HashSet<string>(_options.GetEffectiveAllowedRoleTypes(), StringComparer.Ordinal);
        _logger = logger;
        _readUser = async (body, ct) =>
        {
            var verdict = await _filter.ReadManagedAsync(body, OktaJsonContext.Default.OktaUser, ct).ConfigureAwait(false);
            return new OktaFreshRead<OktaUser>(verdict.Value, verdict.Reason);
        };
        _readGroup = async (body, ct) =>
        {
            var verdict = await _filter.ReadManagedAsync(body, OktaJsonContext.Default.OktaGroup, ct).ConfigureAwait(false);
            return new OktaFreshRead<OktaGroup>(verdict.Value, verdict.Reason);
        };
    }

    /// <summary>Gets the name of the attribute that marks managed identities.</summary>
    public string ManagedAttribute => _filter.AttributeName;

    /// <summary>Gets the filter the guard applies.</summary>
    public ManagedIdentityFilter Filter => _filter;

    /// <summary>Reads a user directly and returns it when it is managed.</summary>
    /// <param name="userIdOrLogin">The user's id or login.</param>
    /// <param name="operation">The write being guarded, for the log.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ConnectorNotFoundException">Okta has no such user.</exception>
    /// <exception cref="ConnectorPolicyRefusedException">The user is not managed.</exception>
    public async Task<OktaGuardedUser> RequireManagedUserAsync(string userIdOrLogin, string operation, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userIdOrLogin);
        var read = await _client.GetUserAsync(userIdOrLogin, _readUser, cancellationToken).ConfigureAwait(false)
            ?? throw NotFound(operation, "user", "Okta has no user with that id or login (deleted users are gone for good): check the id.");
        if (!read.IsManaged)
        {
            throw Refuse(operation, "UserNotManaged",
                $"the user is not a managed identity (read directly from Okta, its profile.{ManagedAttribute} is not the JSON boolean true), so the connector will not change it.");
        }

        var user = read.Value!;
        if (string.IsNullOrEmpty(user.Id))
        {
            throw new ConnectorProtocolException($"Okta returned a user without an id to GET /api/v1/users/{{id}}, so the {operation} was not attempted. {NothingSent}");
        }

        return new OktaGuardedUser(user.Id, user.Status ?? string.Empty);
    }

    /// <summary>Re-reads a user the guard already accepted, for its status after a write; <see langword="null"/> when Okta no longer has it.</summary>
    /// <exception cref="ConnectorPolicyRefusedException">The user is no longer managed.</exception>
    public async Task<OktaGuardedUser?> RereadManagedUserAsync(string userId, string operation, CancellationToken cancellationToken = default)
    {
        var read = await _client.GetUserAsync(userId, _readUser, cancellationToken).ConfigureAwait(false);
        if (read is null)
        {
            return null;
        }

        if (!read.IsManaged || string.IsNullOrEmpty(read.Value!.Id))
        {
            throw Refuse(operation, "UserNoLongerManaged",
                $"the user stopped being a managed identity while the {operation} ran (its profile.{ManagedAttribute} is no longer the JSON boolean true), so the connector stopped.");
        }

        return new OktaGuardedUser(read.Value.Id, read.Value.Status ?? string.Empty);
    }

    /// <summary>Reads a group directly and returns it when it is managed and an OKTA_GROUP.</summary>
    /// <exception cref="ConnectorNotFoundException">Okta has no such group.</exception>
    /// <exception cref="ConnectorPolicyRefusedException">The group is not managed, or is an APP_GROUP, a BUILT_IN group or another type the connector does not write to.</exception>
    public async Task<OktaGuardedGroup> RequireWritableGroupAsync(string groupId, string operation, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(groupId);
        var read = await _client.GetGroupAsync(groupId, _readGroup, cancellationToken).ConfigureAwait(false)
            ?? throw NotFound(operation, "group", "Okta has no group with that id: check the id (groups are named by id, 00g…).");
        if (!read.IsManaged)
        {
            throw Refuse(operation, "GroupNotManaged",
                $"the group is not a managed group (read directly from Okta, its profile.{ManagedAttribute} is not the JSON boolean true), so the connector will not change it.");
        }

        var group = read.Value!;
        if (string.IsNullOrEmpty(group.Id))
        {
            throw new ConnectorProtocolException($"Okta returned a group without an id to GET /api/v1/groups/{{id}}, so the {operation} was not attempted. {NothingSent}");
        }

        if (!string.Equals(group.Type, WritableGroupType, StringComparison.Ordinal))
        {
            var (rule, reason) = group.Type switch
            {
                "APP_GROUP" => ("AppGroup", "the group is an APP_GROUP: its members and roles come from the app or directory that imports it, so change them there."),
                "BUILT_IN" => ("BuiltInGroup", "the group is a BUILT_IN group (such as Everyone), which Okta maintains itself."),
                _ => ("GroupTypeNotWritable", $"the group's type is {OktaErrors.Safe(group.Type, 40) ?? "missing or unreadable"}; the connector writes only to OKTA_GROUP groups."),
            };
            throw Refuse(operation, rule, reason);
        }

        return new OktaGuardedGroup(group.Id);
    }

    /// <summary>Refuses when <paramref name="user"/> owns the credentials the connector uses (<c>/api/v1/users/me</c>).</summary>
    /// <exception cref="ConnectorPolicyRefusedException">The user is the token owner.</exception>
    public async Task RequireNotTokenOwnerAsync(OktaGuardedUser user, string operation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);

        // A service app acts as no user, so Okta has no "me" for it (404) and no one can be locked out this way.
        var owner = await _client.GetCurrentUserAsync(cancellationToken).ConfigureAwait(false);
        if (owner is not null && string.Equals(owner.Id, user.Id, StringComparison.Ordinal))
        {
            throw Refuse(operation, "TokenOwner",
                "the user owns the API token the connector uses; deprovisioning it would lock the connector out of Okta. Deprovision it with another admin's credentials.");
        }
    }

    /// <summary>Refuses a role grant the options do not allow.</summary>
    /// <exception cref="ConnectorPolicyRefusedException">The role type is not in the allow-list, or custom roles are turned off.</exception>
    public void RequireGrantableRole(OktaRoleSpec role, string operation)
    {
        ArgumentNullException.ThrowIfNull(role);
        if (role.IsCustom)
        {
            if (!_options.AllowCustomRoles)
            {
                throw Refuse(operation, "CustomRolesNotAllowed",
                    "granting custom admin roles is turned off (Provisioning:AllowCustomRoles is false); set it to true if custom roles may be granted through this connector.");
            }

            return;
        }

        if (!_allowedRoleTypes.Contains(role.Type))
        {
            throw Refuse(operation, "RoleTypeNotAllowed",
                $"granting {role.Type} is not in Provisioning:AllowedRoleTypes (by default every standard role except SUPER_ADMIN and ORG_ADMIN); add it there if granting it through this connector is intended.");
        }
    }

    /// <summary>Refuses a permanent deletion unless the options allow it.</summary>
    /// <exception cref="ConnectorPolicyRefusedException">Provisioning:AllowDelete is false.</exception>
    public void RequireDeleteAllowed(string operation)
    {
        if (!_options.AllowDelete)
        {
            throw Refuse(operation, "DeleteNotAllowed",
                "permanent deletion is turned off (Provisioning:AllowDelete is false): deactivate the user without deleting, or set Provisioning:AllowDelete to true.");
        }
    }

    private ConnectorPolicyRefusedException Refuse(string operation, string rule, string reason)
    {
        Log.WriteRefused(_logger, operation, rule);
        return new ConnectorPolicyRefusedException($"Refused the {operation}: {reason} {NothingSent}");
    }

    private ConnectorNotFoundException NotFound(string operation, string kind, string message)
    {
        Log.WriteTargetNotFound(_logger, operation, kind);
        return new ConnectorNotFoundException($"The {operation} was not attempted: {message} {NothingSent}") { StatusCode = 404 };
    }
}
