using System.Net;
using System.Security.Authentication;
using Microsoft.Extensions.Logging.Abstractions;
using OktaCiam.Connector.Abstractions;
using OktaCiam.Connector.Tests.Okta;
using OktaCiam.Connector.Tests.Provisioning;

namespace OktaCiam.Connector.Tests.Validation;

public sealed partial class OktaConnectorValidatorTests
{
    private static StubConnector CreateSut(Action<StubOkta>? seed = null, Action<OktaCiamOptions>? configure = null) =>
        StubConnector.Create(
            okta =>
            {
                okta.AddUser("00uAdmin1");
                okta.MeId = "00uAdmin1";
                okta.AddRole("00uAdmin1", "READ_ONLY_ADMIN");
                okta.AddRole("00uAdmin1", "GROUP_MEMBERSHIP_ADMIN");
                okta.AddRole("00uAdmin1", "USER_ADMIN");
                okta.AddUser("00uWork1");
                okta.AddUser("00uCustomer1", "false");
                okta.AddGroup("00gWork1");
                seed?.Invoke(okta);
            },
            configure);

    private static ValidationCheck Find(IReadOnlyList<ValidationCheck> checks, string key) => checks.Single(c => c.Key == key);

    [Fact]
    public async Task ValidateAsync_HealthyOrg_ReportsEveryCheckInStableOrder()
    {
        await using var sut = CreateSut();

        var checks = await sut.Validator.ValidateAsync();

        checks.Select(c => c.Key).Should().Equal(OktaValidationChecks.All.Select(c => c.Key));
        checks.Where(c => c.Status != ValidationStatus.Passed).Select(c => c.Key).Should().Equal("permission_manage_roles");
        checks.Should().OnlyContain(c => c.Name.Length > 0 && c.UsageReason.Length > 0 && c.Details.Length > 0);
        Find(checks, "permission_manage_roles").Details.Should().Contain("Super administrator");
        sut.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task ValidateAsync_NeverPutsACustomerIntoDetailsOrLogs()
    {
        await using var sut = CreateSut(okta => okta.AddGroup("00gCustomer1", "false"));

        var checks = await sut.Validator.ValidateAsync();

        string.Concat(checks.Select(c => c.Details)).Should().NotContain("Customer1");
        sut.Harness.Logs.GetSnapshot().Should().NotContain(r => r.Message.Contains("Customer1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ValidateAsync_BadOrgUrl_FailsCriticalAndSkipsTheRestWithoutARequest()
    {
        await using var sut = CreateSut();
        var validator = new OktaConnectorValidator(sut.Harness.Client, new OktaCiamOptions { OrgUrl = "http://acme.okta.com", ApiToken = "x" }, null, NullLogger.Instance);

        var checks = await validator.ValidateAsync();

        Find(checks, "org_url").Should().Match<ValidationCheck>(c => c.Status == ValidationStatus.Failed && c.Severity == ValidationSeverity.Critical && c.Details.Contains("https"));
        checks.Skip(1).Should().OnlyContain(c => c.Status == ValidationStatus.Skipped);
        sut.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task ValidateAsync_InvalidToken_FailsCriticalAndSkipsTheRest()
    {
        await using var sut = CreateSut(okta => okta.Before = _ => OktaResponses.Error(HttpStatusCode.Unauthorized, "E0000011", "Invalid token provided"));

        var checks = await sut.Validator.ValidateAsync();

        Find(checks, "org_reachable").Status.Should().Be(ValidationStatus.Passed);
        var token = Find(checks, "token_valid");
        token.Status.Should().Be(ValidationStatus.Failed);
        token.Severity.Should().Be(ValidationSeverity.Critical);
        token.Details.Should().Contain("401").And.NotContain(OktaClientHarness.ApiToken);
        checks.SkipWhile(c => c.Key != "token_valid").Skip(1).Should().OnlyContain(c => c.Status == ValidationStatus.Skipped);
    }

    [Fact]
    public async Task ValidateAsync_TlsHandshakeFails_SaysSo()
    {
        await using var sut = CreateSut(
            okta => okta.Before = _ => throw new HttpRequestException("The SSL connection could not be established.", new AuthenticationException("remote certificate is invalid")),
            o => o.Http.MaxRetryAttempts = 0);

        var checks = await sut.Validator.ValidateAsync();

        var reachable = Find(checks, "org_reachable");
        reachable.Status.Should().Be(ValidationStatus.Failed);
        reachable.Details.Should().Contain("TLS");
        Find(checks, "token_valid").Status.Should().Be(ValidationStatus.Skipped);
    }

    [Fact]
    public async Task ValidateAsync_OrgDoesNotAnswer_FailsReachability()
    {
        await using var sut = CreateSut(
            okta => okta.Before = _ => throw new HttpRequestException("Name or service not known", null, HttpStatusCode.BadGateway) { },
            o => o.Http.MaxRetryAttempts = 0);

        var checks = await sut.Validator.ValidateAsync();

        Find(checks, "org_reachable").Details.Should().Contain("did not answer");
    }

    [Theory]
    [InlineData("/api/v1/users", "permission_list_users")]
    [InlineData("/api/v1/groups", "permission_list_groups")]
    [InlineData("/api/v1/meta/schemas/group/default", "permission_read_schemas")]
    [InlineData("/api/v1/iam/roles", "permission_list_roles")]
    public async Task ValidateAsync_PermissionDenied_NamesTheMissingCapability(string path, string key)
    {
        await using var sut = CreateSut(okta => okta.Before = r => r.Uri.AbsolutePath == path
            ? OktaResponses.Error(HttpStatusCode.Forbidden, "E0000006", "You do not have permission")
            : null);

        var checks = await sut.Validator.ValidateAsync();

        var check = Find(checks, key);
        check.Status.Should().Be(ValidationStatus.Failed);
        check.Details.Should().Contain("Missing permission").And.Contain("403").And.Contain("admin role");
        checks.Where(c => c.Key != key && c.Status == ValidationStatus.Failed).Select(c => c.Key).Should().NotContain(k => k.StartsWith("permission_list", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ValidateAsync_SchemasDenied_SkipsTheAttributeChecks()
    {
        await using var sut = CreateSut(okta => okta.Before = r => r.Uri.AbsolutePath.StartsWith("/api/v1/meta/", StringComparison.Ordinal)
            ? OktaResponses.Error(HttpStatusCode.Forbidden, "E0000006")
            : null);

        var checks = await sut.Validator.ValidateAsync();

        Find(checks, "permission_read_schemas").Severity.Should().Be(ValidationSeverity.Critical);
        Find(checks, "user_schema_attribute").Status.Should().Be(ValidationStatus.Skipped);
        Find(checks, "group_schema_attribute").Status.Should().Be(ValidationStatus.Skipped);
        Find(checks, "managed_users_present").Status.Should().Be(ValidationStatus.Passed);
    }

    [Theory]
    [InlineData(null, "no custom attribute")]
    [InlineData("\"string\"", "string")]
    [InlineData("\"integer\"", "integer")]
    [InlineData("[\"string\",\"null\"]", "list of types")]
    public async Task ValidateAsync_UserAttributeMissingOrNotBoolean_FailsCritical(string? type, string detail)
    {
        await using var sut = CreateSut(okta => okta.UserSchemaAttributeType = type);

        var checks = await sut.Validator.ValidateAsync();

        var check = Find(checks, "user_schema_attribute");
        check.Status.Should().Be(ValidationStatus.Failed);
        check.Severity.Should().Be(ValidationSeverity.Critical);
        check.Details.Should().Contain(detail).And.Contain("boolean");
        Find(checks, "group_schema_attribute").Status.Should().Be(ValidationStatus.Passed);
        Find(checks, "search_users").Status.Should().Be(ValidationStatus.Skipped);
        Find(checks, "managed_users_present").Status.Should().Be(ValidationStatus.Skipped);
        Find(checks, "managed_groups_present").Status.Should().Be(ValidationStatus.Passed);
    }

    [Fact]
    public async Task ValidateAsync_BooleanOrNullAttribute_Passes()
    {
        await using var sut = CreateSut(okta => okta.GroupSchemaAttributeType = "[\"boolean\",\"null\"]");

        var checks = await sut.Validator.ValidateAsync();

        Find(checks, "group_schema_attribute").Status.Should().Be(ValidationStatus.Passed);
    }

    [Fact]
    public async Task ValidateAsync_GroupAttributeMissing_FailsCriticalForGroupsOnly()
    {
        await using var sut = CreateSut(okta => okta.GroupSchemaAttributeType = null);

        var checks = await sut.Validator.ValidateAsync();

        Find(checks, "group_schema_attribute").Status.Should().Be(ValidationStatus.Failed);
        Find(checks, "user_schema_attribute").Status.Should().Be(ValidationStatus.Passed);
        Find(checks, "managed_groups_present").Status.Should().Be(ValidationStatus.Skipped);
    }

    [Fact]
    public async Task ValidateAsync_NoManagedUser_FailsHigh()
    {
        await using var sut = CreateSut(okta =>
        {
            okta.Users["00uWork1"].ManagedJson = "false";
            okta.Users["00uAdmin1"].ManagedJson = "false";
        });

        var checks = await sut.Validator.ValidateAsync();

        var check = Find(checks, "managed_users_present");
        check.Status.Should().Be(ValidationStatus.Failed);
        check.Severity.Should().Be(ValidationSeverity.High);
        check.Details.Should().Contain("nothing would be synced");
    }

    [Fact]
    public async Task ValidateAsync_SearchHitsThatAreNotManaged_DoNotCount()
    {
        await using var sut = CreateSut(okta =>
        {
            okta.Groups["00gWork1"].ManagedJson = "\"true\"";
            okta.SearchOverride = r => r.Uri.AbsolutePath == "/api/v1/groups"
                ? OktaResponses.Json("[" + okta.Groups["00gWork1"].Json() + "]")
                : OktaResponses.Json("[" + okta.Users["00uWork1"].Json() + "]");
        });

        var checks = await sut.Validator.ValidateAsync();

        Find(checks, "search_groups").Status.Should().Be(ValidationStatus.Passed);
        Find(checks, "managed_groups_present").Status.Should().Be(ValidationStatus.Failed);
    }

    [Fact]
    public async Task ValidateAsync_SearchRefused_FailsMediumAndCountsWithAFullScan()
    {
        await using var sut = CreateSut(okta => okta.SearchOverride = _ => OktaResponses.Error(HttpStatusCode.BadRequest, "E0000031", "Invalid search"));

        var checks = await sut.Validator.ValidateAsync();

        var search = Find(checks, "search_users");
        search.Status.Should().Be(ValidationStatus.Failed);
        search.Severity.Should().Be(ValidationSeverity.Medium);
        search.Details.Should().Contain("FullScan");
        Find(checks, "search_groups").Status.Should().Be(ValidationStatus.Failed);
        Find(checks, "managed_users_present").Should().Match<ValidationCheck>(c => c.Status == ValidationStatus.Passed && c.Details.Contains("full list"));
    }

    [Fact]
    public async Task ValidateAsync_TokenOwnerIsSuperAdmin_AdvisesLeastPrivilege()
    {
        await using var sut = CreateSut(okta => okta.AddRole("00uAdmin1", "SUPER_ADMIN"));

        var checks = await sut.Validator.ValidateAsync();

        var check = Find(checks, "token_owner_role");
        check.Status.Should().Be(ValidationStatus.Failed);
        check.Severity.Should().Be(ValidationSeverity.Medium);
        check.Details.Should().Contain("least privilege");
        Find(checks, "permission_manage_roles").Status.Should().Be(ValidationStatus.Passed);
    }

    [Fact]
    public async Task ValidateAsync_ReadOnlyAdmin_MissesTheWritePermissions()
    {
        await using var sut = CreateSut(okta => okta.Roles.RemoveAll(r => r.Type != "READ_ONLY_ADMIN"));

        var checks = await sut.Validator.ValidateAsync();

        var memberships = Find(checks, "permission_manage_memberships");
        memberships.Status.Should().Be(ValidationStatus.Failed);
        memberships.Severity.Should().Be(ValidationSeverity.High);
        memberships.Details.Should().Contain("READ_ONLY_ADMIN").And.Contain("Group Membership administrator");
        Find(checks, "permission_manage_users").Severity.Should().Be(ValidationSeverity.Medium);
        Find(checks, "permission_manage_users").Status.Should().Be(ValidationStatus.Failed);
    }

    [Fact]
    public async Task ValidateAsync_OnlyCustomRoles_CannotConfirmAndSaysSoWithLowSeverity()
    {
        await using var sut = CreateSut(okta =>
        {
            okta.Roles.Clear();
            okta.AddRole("00uAdmin1", "CUSTOM", "cr0Custom1", "iamSet1");
        });

        var checks = await sut.Validator.ValidateAsync();

        var memberships = Find(checks, "permission_manage_memberships");
        memberships.Status.Should().Be(ValidationStatus.Failed);
        memberships.Severity.Should().Be(ValidationSeverity.Low);
        memberships.Details.Should().Contain("Not confirmed");
    }

    [Fact]
    public async Task ValidateAsync_LowRateLimitHeadroom_FailsMedium()
    {
        await using var sut = CreateSut(okta => okta.RateLimit = (100, 20));

        var checks = await sut.Validator.ValidateAsync();

        var check = Find(checks, "rate_limit_headroom");
        check.Status.Should().Be(ValidationStatus.Failed);
        check.Severity.Should().Be(ValidationSeverity.Medium);
        check.Details.Should().Contain("of 100");
    }

    [Fact]
    public async Task ValidateAsync_AmpleRateLimitHeadroom_PassesWithTheLowestSeen()
    {
        await using var sut = CreateSut(okta => okta.RateLimit = (600, 590));

        var checks = await sut.Validator.ValidateAsync();

        Find(checks, "rate_limit_headroom").Should().Match<ValidationCheck>(c => c.Status == ValidationStatus.Passed && c.Details.Contains("of 600"));
    }

    [Fact]
    public async Task ValidateAsync_RateLimitedDuringTheChecks_Fails()
    {
        var limited = false;
        await using var sut = CreateSut(okta => okta.Before = r =>
        {
            if (!limited && r.Uri.AbsolutePath == "/api/v1/groups")
            {
                limited = true;
                var now = okta.Clock.GetUtcNow();
                return OktaResponses.Error(HttpStatusCode.TooManyRequests, "E0000047").WithRateLimit(50, 0, now.AddSeconds(5), now);
            }

            return null;
        });

        var checks = await sut.Harness.RunAsync(sut.Validator.ValidateAsync(), TimeSpan.FromSeconds(1));

        Find(checks, "rate_limit_headroom").Details.Should().Contain("429 1 time");
        Find(checks, "permission_list_groups").Status.Should().Be(ValidationStatus.Passed);
    }
}
