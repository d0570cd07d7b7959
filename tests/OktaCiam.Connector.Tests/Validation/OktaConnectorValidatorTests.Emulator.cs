using OktaCiam.Connector.Abstractions;
using OktaCiam.Connector.Testing;
using OktaCiam.Connector.Tests.Okta;
using OktaCiam.Connector.Tests.Provisioning;

namespace OktaCiam.Connector.Tests.Validation;

/// <summary>Every validation check against the Okta emulator, with its condition broken in the emulated org.</summary>
public sealed partial class OktaConnectorValidatorTests
{
    // Only checks that meet retries or rate-limit waits move the fake clock; the others need no time to pass.
    private static async Task<IReadOnlyList<ValidationCheck>> ValidateAsync(EmulatedConnector sut, bool driveClock = false) =>
        driveClock ? await sut.RunAsync(sut.Validator.ValidateAsync()) : await sut.Validator.ValidateAsync();

    private static string[] FailedKeys(IReadOnlyList<ValidationCheck> checks) =>
        [.. checks.Where(c => c.Status == ValidationStatus.Failed).Select(c => c.Key)];

    [Fact]
    public async Task Emulator_HealthyOrgWithSuperAdminToken_OnlyAdvisesLeastPrivilege()
    {
        await using var sut = await EmulatedConnector.StartAsync();

        var checks = await ValidateAsync(sut);

        FailedKeys(checks).Should().Equal("token_owner_role");
        checks.Should().NotContain(c => c.Status == ValidationStatus.Skipped);
        Find(checks, "org_reachable").Details.Should().Contain("loopback");
        sut.Writes.Should().BeEmpty("validation only reads");
    }

    [Fact]
    public async Task Emulator_HealthyOrg_NeverMentionsACustomer()
    {
        await using var sut = await EmulatedConnector.StartAsync();
        var customers = sut.Org.EnumerateUsers().Where(u => !u.IsManaged).SelectMany(u => new[] { u.Id, u.Login }).ToList();

        var checks = await ValidateAsync(sut);

        var text = string.Join("\n", checks.Select(c => c.Details)) + string.Join("\n", sut.Logs.GetSnapshot().Select(r => r.Message));
        customers.Should().NotContain(c => text.Contains(c, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Emulator_OrgGone_FailsReachabilityAndSkipsTheRest()
    {
        await using var sut = await EmulatedConnector.StartAsync(configure: o => o.Http.MaxRetryAttempts = 0);
        await sut.Okta.DisposeAsync();

        var checks = await ValidateAsync(sut);

        FailedKeys(checks).Should().Equal("org_reachable");
        Find(checks, "org_reachable").Severity.Should().Be(ValidationSeverity.Critical);
        checks.SkipWhile(c => c.Key != "org_reachable").Skip(1).Should().OnlyContain(c => c.Status == ValidationStatus.Skipped);
    }

    [Fact]
    public async Task Emulator_WrongToken_FailsCritical()
    {
        await using var sut = await EmulatedConnector.StartAsync(configure: o => o.ApiToken = "00NotTheEmulatorsToken0000");

        var checks = await ValidateAsync(sut);

        FailedKeys(checks).Should().Equal("token_valid");
        Find(checks, "token_valid").Details.Should().Contain("401").And.NotContain("00NotTheEmulatorsToken0000");
    }

    [Fact]
    public async Task Emulator_TokenOwnerDeactivated_FailsTheTokenCheck()
    {
        await using var sut = await EmulatedConnector.StartAsync();
        sut.Org.SetUserStatus(sut.Org.TokenOwnerId, "DEPROVISIONED");

        var checks = await ValidateAsync(sut);

        FailedKeys(checks).Should().Equal("token_valid");
    }

    [Theory]
    [InlineData("okta.users.read", "permission_list_users", ValidationSeverity.Critical)]
    [InlineData("okta.groups.read", "permission_list_groups", ValidationSeverity.Critical)]
    [InlineData("okta.schemas.read", "permission_read_schemas", ValidationSeverity.Critical)]
    [InlineData("okta.roles.read", "permission_list_roles", ValidationSeverity.High)]
    public async Task Emulator_ReadPermissionDenied_NamesTheMissingCapability(string scope, string key, ValidationSeverity severity)
    {
        await using var sut = await EmulatedConnector.StartAsync();
        sut.Org.DenyPermission(scope);

        var checks = await ValidateAsync(sut);

        var check = Find(checks, key);
        check.Status.Should().Be(ValidationStatus.Failed);
        check.Severity.Should().Be(severity);
        check.Details.Should().Contain("Missing permission").And.Contain("admin role");
        FailedKeys(checks).Where(k => k.StartsWith("permission_list", StringComparison.Ordinal) || k == "permission_read_schemas").Should().Equal(key);
    }

    [Fact]
    public async Task Emulator_ReadOnlyAdminToken_MissesEveryWritePermission()
    {
        var seed = EmulatedConnector.SmallOrg();
        seed.TokenOwnerRole = "READ_ONLY_ADMIN";
        await using var sut = await EmulatedConnector.StartAsync(seed);

        var checks = await ValidateAsync(sut);

        FailedKeys(checks).Should().Equal("permission_manage_memberships", "permission_manage_roles", "permission_manage_users");
        Find(checks, "permission_manage_memberships").Should().Match<ValidationCheck>(c => c.Severity == ValidationSeverity.High && c.Details.Contains("Group Membership administrator"));
        Find(checks, "token_owner_role").Status.Should().Be(ValidationStatus.Passed);
    }

    [Fact]
    public async Task Emulator_GroupMembershipAdminToken_CanManageMembershipsButNotRoles()
    {
        var seed = EmulatedConnector.SmallOrg();
        seed.TokenOwnerRole = "GROUP_MEMBERSHIP_ADMIN";
        await using var sut = await EmulatedConnector.StartAsync(seed);
        sut.Org.AssignUserRole(sut.Org.TokenOwnerId, "READ_ONLY_ADMIN");

        var checks = await ValidateAsync(sut);

        Find(checks, "permission_manage_memberships").Status.Should().Be(ValidationStatus.Passed);
        FailedKeys(checks).Should().Equal("permission_manage_roles", "permission_manage_users");
    }

    [Theory]
    [InlineData(true, null)]
    [InlineData(true, "string")]
    [InlineData(false, null)]
    [InlineData(false, "integer")]
    public async Task Emulator_AttributeMissingOrNotBoolean_FailsCriticalOnThatProfile(bool user, string? type)
    {
        await using var sut = await EmulatedConnector.StartAsync();
        if (user)
        {
            sut.Org.SetUserSchemaAttribute(sut.Org.ManagedAttribute, type);
        }
        else
        {
            sut.Org.SetGroupSchemaAttribute(sut.Org.ManagedAttribute, type);
        }

        var checks = await ValidateAsync(sut);

        var key = user ? "user_schema_attribute" : "group_schema_attribute";
        FailedKeys(checks).Should().Equal(key, "token_owner_role");
        Find(checks, key).Severity.Should().Be(ValidationSeverity.Critical);
        Find(checks, user ? "managed_users_present" : "managed_groups_present").Status.Should().Be(ValidationStatus.Skipped);
    }

    [Fact]
    public async Task Emulator_NoManagedUser_FailsHigh()
    {
        var seed = EmulatedConnector.SmallOrg();
        seed.ManagedUsers = 0;
        seed.DeprovisionedManagedUsers = 0;
        await using var sut = await EmulatedConnector.StartAsync(seed);

        var checks = await ValidateAsync(sut);

        FailedKeys(checks).Should().Equal("managed_users_present", "token_owner_role");
        Find(checks, "managed_users_present").Should().Match<ValidationCheck>(c => c.Severity == ValidationSeverity.High && c.Details.Contains("nothing would be synced"));
    }

    [Fact]
    public async Task Emulator_NoManagedGroup_FailsHigh()
    {
        var seed = EmulatedConnector.SmallOrg();
        seed.ManagedGroups = 0;
        seed.ManagedAppGroups = 0;
        await using var sut = await EmulatedConnector.StartAsync(seed);

        var checks = await ValidateAsync(sut);

        FailedKeys(checks).Should().Equal("managed_groups_present", "token_owner_role");
    }

    [Fact]
    public async Task Emulator_OnlyManagedUserLeftTheIndexBehind_IsNotCounted()
    {
        var seed = EmulatedConnector.SmallOrg();
        seed.ManagedUsers = 1;
        seed.DeprovisionedManagedUsers = 0;
        await using var sut = await EmulatedConnector.StartAsync(seed);
        foreach (var id in sut.Org.ManagedUserIds())
        {
            sut.Org.FreezeSearchIndex(id);
            sut.Org.SetUserProfileValue(id, sut.Org.ManagedAttribute, false);
        }

        var checks = await ValidateAsync(sut);

        Find(checks, "search_users").Status.Should().Be(ValidationStatus.Passed);
        Find(checks, "managed_users_present").Should().Match<ValidationCheck>(c => c.Status == ValidationStatus.Failed && c.Details.Contains("read directly"));
    }

    [Fact]
    public async Task Emulator_SearchUnavailable_FailsMediumAndStillFindsManagedIdentitiesByScanning()
    {
        await using var sut = await EmulatedConnector.StartAsync(configure: o => o.Http.MaxRetryAttempts = 1);
        sut.Org.SearchAvailable = false;

        var checks = await ValidateAsync(sut, driveClock: true);

        FailedKeys(checks).Should().Equal("search_users", "search_groups", "token_owner_role");
        Find(checks, "search_users").Should().Match<ValidationCheck>(c => c.Severity == ValidationSeverity.Medium && c.Details.Contains("FullScan"));
        Find(checks, "managed_users_present").Details.Should().Contain("full list");
        Find(checks, "managed_groups_present").Status.Should().Be(ValidationStatus.Passed);
    }

    [Fact]
    public async Task Emulator_RateLimitedDuringTheChecks_FailsHeadroom()
    {
        await using var sut = await EmulatedConnector.StartAsync();
        sut.Okta.Faults.Add(EmulatorFault.TooManyRequests(TimeSpan.FromSeconds(2)), "GET", "/api/v1/groups");

        var checks = await ValidateAsync(sut, driveClock: true);

        FailedKeys(checks).Should().Equal("token_owner_role", "rate_limit_headroom");
        Find(checks, "rate_limit_headroom").Details.Should().Contain("429 1 time");
    }

    [Fact]
    public async Task Emulator_BucketNearlySpent_FailsHeadroomWithTheBucket()
    {
        await using var sut = await EmulatedConnector.StartAsync(emulator: o => o.RateLimits["GET /api/v1/groups"] = 2);

        var checks = await ValidateAsync(sut, driveClock: true);

        Find(checks, "rate_limit_headroom").Should().Match<ValidationCheck>(c =>
            c.Status == ValidationStatus.Failed && c.Severity == ValidationSeverity.Medium && c.Details.Contains("paused 1 time"));
    }

    [Fact]
    public async Task Emulator_OAuthServiceAppWithoutManageScopes_NamesTheScopesToGrant()
    {
        string[] scopes = ["okta.users.read", "okta.groups.read", "okta.roles.read", "okta.schemas.read"];
        await using var sut = await EmulatedConnector.StartAsync(configure: o =>
        {
            o.ApiToken = null;
            o.OAuth = new OktaOAuthOptions { ClientId = "0oaValidator", PrivateKey = OktaTestKeys.RsaPkcs8Pem, Scopes = [.. scopes] };
        });
        sut.Org.RegisterServiceApp("0oaValidator", OktaTestKeys.Rsa, scopes);

        var checks = await ValidateAsync(sut);

        FailedKeys(checks).Should().Equal("permission_manage_memberships", "permission_manage_roles", "permission_manage_users");
        Find(checks, "permission_manage_memberships").Details.Should().Contain("okta.groups.manage");
        Find(checks, "token_valid").Details.Should().Contain("service app");
        Find(checks, "token_owner_role").Status.Should().Be(ValidationStatus.Passed);
    }

    [Fact]
    public async Task Emulator_OAuthServiceAppNotRegistered_FailsTheTokenCheck()
    {
        await using var sut = await EmulatedConnector.StartAsync(configure: o =>
        {
            o.ApiToken = null;
            o.OAuth = new OktaOAuthOptions { ClientId = "0oaUnknown", PrivateKey = OktaTestKeys.RsaPkcs8Pem };
        });

        var checks = await ValidateAsync(sut);

        FailedKeys(checks).Should().Equal("token_valid");
    }
}
