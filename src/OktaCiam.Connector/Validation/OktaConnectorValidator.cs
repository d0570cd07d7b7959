using System.Globalization;
using System.Security.Authentication;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector;

/// <summary>
/// The app validation checks an admin runs after setting up the connector (see <see cref="OktaValidationChecks"/>): org URL,
/// reachability over TLS, credentials, each permission, the managed attribute on both profile schemas, search, managed
/// identities present, least privilege and rate-limit headroom.
/// </summary>
/// <remarks>
/// Validation only reads: lists are decided record by record by the managed-identity filter without reading any customer
/// into a model, and permissions to write are read from the credentials' admin roles or OAuth scopes, never tried. Every check
/// runs even when others fail; a check that needs a failed one is <see cref="ValidationStatus.Skipped"/>.
/// </remarks>
internal sealed class OktaConnectorValidator : IConnectorValidator
{
    /// <summary>The most list pages one "managed identity present" check reads when it has to scan without search.</summary>
    public const int MaxScanPages = 10;

    /// <summary>The most identities that look managed in a list which one "managed identity present" check re-reads by id.</summary>
    public const int MaxConfirmations = 5;

    /// <summary>A rate-limit bucket with less than this share left during the checks fails the headroom check.</summary>
    public const double LowHeadroomShare = 0.25;

    private const string SuperAdmin = "SUPER_ADMIN";

    private static readonly string[] MembershipRoles = [SuperAdmin, "ORG_ADMIN", "USER_ADMIN", "GROUP_MEMBERSHIP_ADMIN"];
    private static readonly string[] RoleAssignmentRoles = [SuperAdmin];
    private static readonly string[] UserLifecycleRoles = [SuperAdmin, "ORG_ADMIN", "USER_ADMIN"];

    private readonly OktaClient _client;
    private readonly OktaCiamOptions _options;
    private readonly OktaRateLimiter? _rateLimiter;
    private readonly ILogger _logger;
    private readonly ManagedIdentityFilter _filter;
    private readonly OktaBodyReader<PageDecision> _decide;
    private readonly OktaBodyReader<ScanPage> _scanUsers;
    private readonly OktaBodyReader<ScanPage> _scanGroups;
    private readonly OktaObjectReader<OktaFreshRead<OktaUser>> _freshUser;
    private readonly OktaObjectReader<OktaFreshRead<OktaGroup>> _freshGroup;

    public OktaConnectorValidator(OktaClient client, OktaCiamOptions options, OktaRateLimiter? rateLimiter, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _client = client;
        _options = options;
        _rateLimiter = rateLimiter;
        _logger = logger;
        _filter = new ManagedIdentityFilter(options.ManagedAttribute);
        _decide = async (body, ct) => [await _filter.DecidePageAsync(body, ct).ConfigureAwait(false)];
        _scanUsers = async (body, ct) =>
        {
            var page = await _filter.FilterPageAsync(body, OktaJsonContext.Default.OktaUser, ct).ConfigureAwait(false);
            return [new ScanPage(page.RecordCount, [.. page.Managed.Select(u => u.Id).OfType<string>()])];
        };
        _scanGroups = async (body, ct) =>
        {
            var page = await _filter.FilterPageAsync(body, OktaJsonContext.Default.OktaGroup, ct).ConfigureAwait(false);
            return [new ScanPage(page.RecordCount, [.. page.Managed.Select(g => g.Id).OfType<string>()])];
        };
        _freshUser = async (body, ct) =>
        {
            var verdict = await _filter.ReadManagedAsync(body, OktaJsonContext.Default.OktaUser, ct).ConfigureAwait(false);
            return new OktaFreshRead<OktaUser>(verdict.Value, verdict.Reason);
        };
        _freshGroup = async (body, ct) =>
        {
            var verdict = await _filter.ReadManagedAsync(body, OktaJsonContext.Default.OktaGroup, ct).ConfigureAwait(false);
            return new OktaFreshRead<OktaGroup>(verdict.Value, verdict.Reason);
        };
    }

    private bool IsOAuth => _options.OAuth is not null;

    private string Attribute => _filter.AttributeName;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ValidationCheck>> ValidateAsync(CancellationToken cancellationToken = default)
    {
        var before = _client.Stats.Snapshot();
        List<ValidationCheck> checks = [];
        try
        {
            await RunAsync(checks, before, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            var failed = checks.Count(c => c.Status == ValidationStatus.Failed);
            var skipped = checks.Count(c => c.Status == ValidationStatus.Skipped);
            Log.ValidationCompleted(_logger, checks.Count - failed - skipped, failed, skipped, (_client.Stats.Snapshot() - before).RequestsSent);
        }

        return checks;
    }

    private static async Task<Probe<T>> TryAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return new Probe<T>(await call().ConfigureAwait(false), null);
        }
        catch (ConnectorException ex)
        {
            return new Probe<T>(default, ex);
        }
    }

    private static string Join(IEnumerable<string> values) => string.Join(", ", values);

    private static bool IsBoolean(OktaSchemaProperty property)
    {
        if (property.TypeName is { } name)
        {
            return name == "boolean";
        }

        // JSON schema also allows ["boolean","null"]: still a boolean attribute, unset means not managed.
        if (property.Type.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        var sawBoolean = false;
        foreach (var item in property.Type.EnumerateArray())
        {
            var type = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (type == "boolean")
            {
                sawBoolean = true;
            }
            else if (type != "null")
            {
                return false;
            }
        }

        return sawBoolean;
    }

    private static string DescribeType(OktaSchemaProperty property) => property.Type.ValueKind switch
    {
        JsonValueKind.String => OktaErrors.Safe(property.TypeName, 40) ?? "an unusual type",
        JsonValueKind.Undefined or JsonValueKind.Null => "no type",
        _ => "a list of types",
    };

    private static string Failure(ConnectorException error)
    {
        var status = error.StatusCode is { } code ? $"{code}{(error.ErrorCode is null ? string.Empty : $" {error.ErrorCode}")}" : "no answer";
        return $"({status}) {error.Message}";
    }

    private static bool IsTransportFailure(ConnectorException error) =>
        error.StatusCode is null && error is ConnectorTransientException or ConnectorProtocolException;

    private static bool IsTlsFailure(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is AuthenticationException)
            {
                return true;
            }
        }

        return false;
    }

    private async Task RunAsync(List<ValidationCheck> checks, OktaApiCallCounts before, CancellationToken cancellationToken)
    {
        if (!Add(checks, CheckOrgUrl()))
        {
            SkipRest(checks, $"{OktaValidationChecks.OrgUrl.Name} failed.");
            return;
        }

        var me = await TryAsync(() => _client.GetCurrentUserAsync(cancellationToken)).ConfigureAwait(false);
        if (!Add(checks, CheckReachable(me.Error)))
        {
            SkipRest(checks, $"{OktaValidationChecks.OrgReachable.Name} failed.");
            return;
        }

        if (!Add(checks, CheckToken(me)))
        {
            SkipRest(checks, $"{OktaValidationChecks.TokenValid.Name} failed.");
            return;
        }

        var owner = me.Error is null ? me.Value : null;
        var ownerUnknown = me.Error is not null
            ? "Not run: the API token's admin could not be read (GET /api/v1/users/me failed; see the permission checks)."
            : "Not run: the API token acts as no user, so its admin roles could not be read.";
        var users = await TryAsync(() => _client.ListUsersAsync(new OktaUserQuery { Limit = 1 }, _decide, cancellationToken)).ConfigureAwait(false);
        var canListUsers = Add(checks, users.Error is null
            ? OktaValidationChecks.ListUsers.Passed("The credentials can list users.")
            : OktaValidationChecks.ListUsers.Failed(Denied(users.Error, "list users", "okta.users.read", "Read-only administrator (or any admin role that can view users)")));

        var groups = await TryAsync(() => _client.ListGroupsAsync(new OktaGroupQuery { Limit = 1 }, _decide, cancellationToken)).ConfigureAwait(false);
        var canListGroups = Add(checks, groups.Error is null
            ? OktaValidationChecks.ListGroups.Passed("The credentials can list groups.")
            : OktaValidationChecks.ListGroups.Failed(Denied(groups.Error, "list groups", "okta.groups.read", "Read-only administrator (or any admin role that can view groups)")));

        var userSchema = await TryAsync(() => _client.GetUserSchemaAsync(cancellationToken)).ConfigureAwait(false);
        var groupSchema = await TryAsync(() => _client.GetGroupSchemaAsync(cancellationToken)).ConfigureAwait(false);
        var schemaError = userSchema.Error ?? groupSchema.Error;
        Add(checks, schemaError is null
            ? OktaValidationChecks.ReadSchemas.Passed("The credentials can read the user and group profile schemas.")
            : OktaValidationChecks.ReadSchemas.Failed(Denied(schemaError, "read the profile schemas", "okta.schemas.read", "Read-only administrator (or any admin role that can view the Profile Editor)")));

        var customRoles = await TryAsync(() => _client.GetCustomRolesPageAsync(cancellationToken: cancellationToken)).ConfigureAwait(false);
        Probe<IReadOnlyList<OktaRoleAssignment>>? ownerRoles = null;
        if (!IsOAuth && owner?.Id is { Length: > 0 } ownerId)
        {
            ownerRoles = await TryAsync(() => _client.ListUserRolesAsync(ownerId, cancellationToken)).ConfigureAwait(false);
        }

        var rolesError = customRoles.Error ?? ownerRoles?.Error;
        Add(checks, rolesError is null
            ? OktaValidationChecks.ListRoles.Passed("The credentials can list custom admin roles and role assignments.")
            : OktaValidationChecks.ListRoles.Failed(Denied(rolesError, "list admin roles and their assignments", "okta.roles.read", "Read-only administrator or Super administrator")));

        Add(checks, CheckWritePermission(OktaValidationChecks.ManageMemberships, "add and remove group members", "okta.groups.manage", MembershipRoles, "Group Membership administrator", ownerRoles, ownerUnknown));
        Add(checks, CheckWritePermission(OktaValidationChecks.ManageRoles, "assign and unassign admin roles", "okta.roles.manage", RoleAssignmentRoles, "Super administrator (only super administrators can assign admin roles)", ownerRoles, ownerUnknown));
        Add(checks, CheckWritePermission(OktaValidationChecks.ManageUsers, "deactivate and delete users", "okta.users.manage", UserLifecycleRoles, "Group administrator (USER_ADMIN) or Organization administrator", ownerRoles, ownerUnknown));

        Add(checks, CheckAttribute(OktaValidationChecks.UserSchemaAttribute, userSchema, "user", "Directory > Profile Editor > User (default)"));
        Add(checks, CheckAttribute(OktaValidationChecks.GroupSchemaAttribute, groupSchema, "group", "Directory > Profile Editor > Groups"));

        var userSearchPath = new OktaUserQuery { Search = $"profile.{Attribute} eq true" }.ToPathAndQuery();
        var groupSearchPath = new OktaGroupQuery { Search = $"profile.{Attribute} eq true" }.ToPathAndQuery();
        var userSkip = !canListUsers ? $"{OktaValidationChecks.ListUsers.Name} failed."
            : IsFailed(checks, OktaValidationChecks.UserSchemaAttribute) ? $"{OktaValidationChecks.UserSchemaAttribute.Name} failed." : null;
        var groupSkip = !canListGroups ? $"{OktaValidationChecks.ListGroups.Name} failed."
            : IsFailed(checks, OktaValidationChecks.GroupSchemaAttribute) ? $"{OktaValidationChecks.GroupSchemaAttribute.Name} failed." : null;

        var userSearch = userSkip is null ? await TryAsync(() => _client.GetPageAsync(userSearchPath, _scanUsers, cancellationToken)).ConfigureAwait(false) : null;
        Add(checks, CheckSearch(OktaValidationChecks.SearchUsers, userSearch, userSkip, "user"));
        var groupSearch = groupSkip is null ? await TryAsync(() => _client.GetPageAsync(groupSearchPath, _scanGroups, cancellationToken)).ConfigureAwait(false) : null;
        Add(checks, CheckSearch(OktaValidationChecks.SearchGroups, groupSearch, groupSkip, "group"));

        Add(checks, await CheckPresentAsync(
            OktaValidationChecks.ManagedUsersPresent, userSearch, userSkip, "user", new OktaUserQuery().ToPathAndQuery(), _scanUsers,
            async (id, ct) => (await _client.GetUserAsync(id, _freshUser, ct).ConfigureAwait(false))?.IsManaged == true,
            cancellationToken).ConfigureAwait(false));
        Add(checks, await CheckPresentAsync(
            OktaValidationChecks.ManagedGroupsPresent, groupSearch, groupSkip, "group", new OktaGroupQuery().ToPathAndQuery(), _scanGroups,
            async (id, ct) => (await _client.GetGroupAsync(id, _freshGroup, ct).ConfigureAwait(false))?.IsManaged == true,
            cancellationToken).ConfigureAwait(false));

        Add(checks, CheckOwnerRole(ownerRoles, ownerUnknown));
        Add(checks, CheckRateLimits(before));
    }

    private bool Add(List<ValidationCheck> checks, ValidationCheck check)
    {
        checks.Add(check);
        if (check.Status == ValidationStatus.Failed)
        {
            Log.ValidationCheckFailed(_logger, check.Key, check.Severity.ToString());
        }

        return check.Status == ValidationStatus.Passed;
    }

    private static bool IsFailed(List<ValidationCheck> checks, OktaValidationCheck check) =>
        checks.Any(c => c.Key == check.Key && c.Status == ValidationStatus.Failed);

    private static void SkipRest(List<ValidationCheck> checks, string reason)
    {
        foreach (var check in OktaValidationChecks.All)
        {
            if (!checks.Any(c => c.Key == check.Key))
            {
                checks.Add(check.Skipped($"Not run: {reason}"));
            }
        }
    }

    private ValidationCheck CheckOrgUrl()
    {
        var check = OktaValidationChecks.OrgUrl;
        if (!OktaOrgUrl.TryParse(_options.OrgUrl, out var url, out var error))
        {
            return check.Failed(error);
        }

        var org = url.GetLeftPart(UriPartial.Authority);
        return url.Scheme == Uri.UriSchemeHttp
            ? check.Passed($"{org} is well-formed. It uses plain http, which is allowed only because the host is a loopback address (the Okta emulator or a test server); a real Okta org is always https.")
            : check.Passed($"{org} is a well-formed Okta org URL.");
    }

    private ValidationCheck CheckReachable(ConnectorException? error)
    {
        var check = OktaValidationChecks.OrgReachable;
        var org = _client.OrgUrl.GetLeftPart(UriPartial.Authority);
        if (error is not null && IsTransportFailure(error))
        {
            return IsTlsFailure(error)
                ? check.Failed($"The TLS handshake with {org} failed: its certificate is not trusted here, or a proxy intercepts TLS. Check the org URL and this machine's trusted certificates and proxy settings.")
                : check.Failed($"{org} did not answer: {error.Message} Check the org URL, DNS, proxy and firewall.");
        }

        return _client.OrgUrl.Scheme == Uri.UriSchemeHttps
            ? check.Passed($"{org} answered over HTTPS (TLS).")
            : check.Passed($"{org} answered over plain http, which the connector allows only for loopback hosts (the Okta emulator or a test server); TLS was not checked. A real Okta org is always reached over https.");
    }

    private ValidationCheck CheckToken(Probe<OktaUser?> me)
    {
        var check = OktaValidationChecks.TokenValid;
        return me.Error switch
        {
            null when IsOAuth => check.Passed("The service app obtained an access token and Okta accepted it."),
            null when me.Value is null => check.Passed("Okta accepted the API token (it acts as no user: GET /api/v1/users/me answered 404)."),
            null => check.Passed("Okta accepted the API token."),
            ConnectorUnauthenticatedException e when IsOAuth => check.Failed($"Okta rejected the service app's credentials {Failure(e)}"),
            ConnectorUnauthenticatedException e => check.Failed(
                $"Okta answered 401: the API token is invalid, expired or revoked, or its owner was deactivated. Create a token in Security > API > Tokens (as an admin that stays active) and set it.{(e.RequestId is null ? string.Empty : $" Okta request id: {e.RequestId}.")}"),
            ConnectorPermissionDeniedException => check.Passed("Okta accepted the credentials (GET /api/v1/users/me answered 403: see the permission checks)."),
            var e => check.Failed($"The credentials could not be confirmed {Failure(e)}"),
        };
    }

    private string Denied(ConnectorException error, string capability, string scope, string role)
    {
        if (error is not ConnectorPermissionDeniedException)
        {
            return $"Could not confirm the permission to {capability} {Failure(error)}";
        }

        var grant = IsOAuth
            ? $"grant the {scope} scope to the service app (Okta API Scopes tab) and list it in OAuth:Scopes"
            : $"give the API token's admin an admin role that allows it, such as {role}, or create the token as such an admin";
        return $"Missing permission: the credentials may not {capability} (Okta answered 403{(error.ErrorCode is null ? string.Empty : $" {error.ErrorCode}")}). To fix it, {grant}.";
    }

    private ValidationCheck CheckWritePermission(
        OktaValidationCheck check, string capability, string scope, string[] grantingRoles, string advice, Probe<IReadOnlyList<OktaRoleAssignment>>? ownerRoles, string ownerUnknown)
    {
        const string NotTried = "Validation never writes, so this is read from the credentials rather than tried.";
        if (IsOAuth)
        {
            return _options.OAuth!.Scopes.Contains(scope, StringComparer.Ordinal)
                ? check.Passed($"The service app's access token was issued with {scope}. {NotTried}")
                : check.Failed($"Missing permission: the service app does not request {scope}, so it may not {capability}. To fix it, add {scope} to OAuth:Scopes and grant it to the app (Okta API Scopes tab).");
        }

        if (ownerRoles is null)
        {
            return check.Skipped(ownerUnknown);
        }

        if (ownerRoles.Error is not null)
        {
            return check.Skipped($"Not run: the API token's admin roles could not be read ({OktaValidationChecks.ListRoles.Name} failed).");
        }

        var types = ownerRoles.Value!.Select(r => OktaErrors.Safe(r.Type, 60)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var granting = types.Where(t => grantingRoles.Contains(t, StringComparer.Ordinal)).ToList();
        if (granting.Count > 0)
        {
            return check.Passed($"The API token's admin holds {Join(granting)}, which may {capability}. {NotTried}");
        }

        if (types.Contains(OktaRoleSpec.CustomType))
        {
            return check.Failed(
                $"Not confirmed: the API token's admin holds custom admin roles, whose permissions the connector does not read. Make sure one of them may {capability}, or assign {advice}. {NotTried}",
                ValidationSeverity.Low);
        }

        return check.Failed(
            $"Missing permission: the API token's admin holds {(types.Count == 0 ? "no admin role" : Join(types))}, which may not {capability}. To fix it, assign {advice} to that admin, or create the token as an admin who holds it.");
    }

    private ValidationCheck CheckAttribute(OktaValidationCheck check, Probe<OktaSchema> schema, string kind, string editor)
    {
        if (schema.Error is not null)
        {
            return check.Skipped($"Not run: the {kind} profile schema could not be read ({OktaValidationChecks.ReadSchemas.Name} failed).");
        }

        var property = schema.Value!.FindCustomProperty(Attribute);
        if (property is null)
        {
            return check.Failed(
                $"The {kind} profile schema has no custom attribute '{Attribute}', so no {kind} can be managed. Add it as a boolean in {editor}, or set ManagedAttribute to the attribute you use.");
        }

        if (!IsBoolean(property))
        {
            return check.Failed(
                $"'{Attribute}' in the {kind} profile schema has {DescribeType(property)}, not boolean: the connector counts only the JSON boolean true, so no {kind} can be managed. Recreate it as a boolean attribute in {editor}.");
        }

        return check.Passed($"'{Attribute}' is a boolean attribute of the {kind} profile schema.");
    }

    private ValidationCheck CheckSearch(OktaValidationCheck check, Probe<OktaPage<ScanPage>>? search, string? skip, string kind)
    {
        if (skip is not null)
        {
            return check.Skipped($"Not run: {skip}");
        }

        if (search!.Error is { } error)
        {
            return check.Failed(
                $"Okta's search on profile.{Attribute} failed {Failure(error)} The connector falls back to FullScan: every {kind}, customers included, is read and filtered locally, which is slower and uses more of the rate limit. Make the attribute searchable (a boolean custom attribute), or set the read mode to FullScan to skip the search.");
        }

        var page = search.Value!.Items[0];
        return check.Passed(
            $"Okta's search on profile.{Attribute} works: {page.ManagedIds.Count.ToString(CultureInfo.InvariantCulture)} of the {page.RecordCount.ToString(CultureInfo.InvariantCulture)} {kind}(s) on its first page were managed when checked record by record.");
    }

    private async Task<ValidationCheck> CheckPresentAsync(
        OktaValidationCheck check,
        Probe<OktaPage<ScanPage>>? search,
        string? skip,
        string kind,
        string fullScanPath,
        OktaBodyReader<ScanPage> scan,
        Func<string, CancellationToken, Task<bool>> isManagedById,
        CancellationToken cancellationToken)
    {
        if (skip is not null)
        {
            return check.Skipped($"Not run: {skip}");
        }

        var searched = search!.Error is null;
        var source = searched ? $"the search on profile.{Attribute}" : "a scan of the full list (search is unavailable)";
        OktaPage<ScanPage> page;
        if (searched)
        {
            page = search.Value!;
        }
        else
        {
            var first = await TryAsync(() => _client.GetPageAsync(fullScanPath, scan, cancellationToken)).ConfigureAwait(false);
            if (first.Error is { } error)
            {
                return check.Failed($"Could not list {kind}s to look for a managed one {Failure(error)}");
            }

            page = first.Value!;
        }

        var looked = 0;
        var records = 0;
        var confirmations = 0;
        var pages = 1;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            records += page.Items[0].RecordCount;
            looked += page.Items[0].ManagedIds.Count;

            // A list (the search index above all) can be behind: only a direct read by id proves an identity is managed now.
            foreach (var id in page.Items[0].ManagedIds)
            {
                if (confirmations++ >= MaxConfirmations)
                {
                    break;
                }

                var fresh = await TryAsync(() => isManagedById(id, cancellationToken)).ConfigureAwait(false);
                if (fresh.Error is { } error)
                {
                    return check.Failed($"Could not read a {kind} directly to confirm it is managed {Failure(error)}");
                }

                if (fresh.Value)
                {
                    return check.Passed($"Found a managed {kind} in {pages.ToString(CultureInfo.InvariantCulture)} page(s) of {source} and confirmed it by reading it directly.");
                }
            }

            if (confirmations >= MaxConfirmations || page.NextPathAndQuery is null || pages >= MaxScanPages || !seen.Add(page.NextPathAndQuery))
            {
                break;
            }

            var next = page.NextPathAndQuery;
            var read = await TryAsync(() => _client.GetPageAsync(next, scan, cancellationToken)).ConfigureAwait(false);
            if (read.Error is { } readError)
            {
                return check.Failed($"Could not finish looking for a managed {kind} {Failure(readError)}");
            }

            page = read.Value!;
            pages++;
        }

        var fix = $"Set profile.{Attribute} to the boolean true on the workforce {kind}s the connector should manage.";
        if (looked > 0)
        {
            return check.Failed(
                $"{looked.ToString(CultureInfo.InvariantCulture)} {kind}(s) looked managed in {source}, but none read directly is managed (the search index is behind recent changes, or the attribute was just turned off), so nothing would be synced. {fix}");
        }

        return page.NextPathAndQuery is null
            ? check.Failed($"No {kind} is managed ({source} found none), so nothing would be synced. {fix}")
            : check.Failed($"No managed {kind} among the first {records.ToString(CultureInfo.InvariantCulture)} read by {source}; the rest were not read to spare the rate limit, so it is likely nothing would be synced. {fix}");
    }

    private ValidationCheck CheckOwnerRole(Probe<IReadOnlyList<OktaRoleAssignment>>? ownerRoles, string ownerUnknown)
    {
        var check = OktaValidationChecks.TokenOwnerRole;
        if (IsOAuth)
        {
            return check.Passed(
                $"The connector authenticates as an OAuth service app, limited to its scopes ({Join(_options.OAuth!.Scopes)}). Review the admin roles assigned to the app itself in the Admin Console.");
        }

        if (ownerRoles is null)
        {
            return check.Skipped(ownerUnknown);
        }

        if (ownerRoles.Error is not null)
        {
            return check.Skipped($"Not run: the API token's admin roles could not be read ({OktaValidationChecks.ListRoles.Name} failed).");
        }

        var types = ownerRoles.Value!.Select(r => OktaErrors.Safe(r.Type, 60)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (types.Contains(SuperAdmin))
        {
            return check.Failed(
                "The API token belongs to a Super administrator, so whoever holds the token can do anything in the org, customers included. For least privilege, create the token as a dedicated admin holding only what the connector uses: Read-only administrator (sync) and Group Membership administrator (group grants), plus Super administrator only if admin roles are granted through the connector; or use an OAuth service app with only the scopes it needs.");
        }

        return check.Passed($"The API token's admin holds {(types.Count == 0 ? "no admin role" : Join(types))}, not Super administrator.");
    }

    private ValidationCheck CheckRateLimits(OktaApiCallCounts before)
    {
        var check = OktaValidationChecks.RateLimitHeadroom;
        var stats = _client.Stats.Snapshot();
        var buckets = _rateLimiter?.Snapshot() ?? [];
        var lowest = buckets.Where(b => b.Limit > 0).OrderBy(b => (double)b.Remaining / b.Limit).FirstOrDefault();
        var lowestText = lowest is null
            ? "Okta sent no rate-limit headers, so the headroom is unknown"
            : $"the lowest remaining was {Math.Max(0, lowest.Remaining).ToString(CultureInfo.InvariantCulture)} of {lowest.Limit.ToString(CultureInfo.InvariantCulture)} requests on {lowest.Bucket} ({((double)Math.Max(0, lowest.Remaining) / lowest.Limit).ToString("P0", CultureInfo.InvariantCulture)})";
        var limited = stats.RateLimited - before.RateLimited;
        var pauses = stats.RateLimitPauses - before.RateLimitPauses;
        var low = lowest is not null && (double)lowest.Remaining / lowest.Limit < LowHeadroomShare;
        if (limited > 0 || pauses > 0 || low)
        {
            return check.Failed(
                $"During the checks {lowestText}; Okta answered 429 {limited.ToString(CultureInfo.InvariantCulture)} time(s) and the connector paused {pauses.ToString(CultureInfo.InvariantCulture)} time(s) for a bucket near its end. Other integrations are using much of the org's rate limits, or they are low: run syncs when the org is quiet, lower Http:MaxConcurrentRequests, or ask Okta to raise the limits (Reports > Rate Limits).");
        }

        return check.Passed($"During the checks {lowestText}; no 429 answers.");
    }

    private sealed record Probe<T>(T? Value, ConnectorException? Error);

    private sealed record ScanPage(int RecordCount, IReadOnlyList<string> ManagedIds);
}
