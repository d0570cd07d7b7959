using OktaCiam.Connector.Abstractions;
using OktaCiam.Connector.Testing;

namespace OktaCiam.Connector.Tests.Provisioning;

/// <summary>The provisioner against the Okta emulator, asserting on the writes the emulator received.</summary>
public sealed partial class OktaAccessProvisionerTests
{
    [Fact]
    public async Task Emulator_AddAndRemoveMember_SendExactlyOneWriteEachAndRepeatsSendNone()
    {
        await using var sut = await EmulatedConnector.StartAsync();
        var user = sut.ManagedUser();
        var group = sut.Org.Fixtures["managed-group"];
        sut.Org.RemoveGroupMember(group, user);
        var change = new GroupMembershipChange { UserId = user, GroupId = group };

        var added = await sut.Provisioner.AddGroupMemberAsync(change);
        var addedAgain = await sut.Provisioner.AddGroupMemberAsync(change);

        added.Outcome.Should().Be(ProvisioningOutcome.Applied);
        addedAgain.Outcome.Should().Be(ProvisioningOutcome.AlreadyInState);
        sut.Writes.Should().Equal($"PUT /api/v1/groups/{group}/users/{user}");
        sut.Org.GetGroupMemberIds(group).Should().Contain(user);

        sut.Okta.ClearRequests();
        var removed = await sut.Provisioner.RemoveGroupMemberAsync(change);
        var removedAgain = await sut.Provisioner.RemoveGroupMemberAsync(change);

        removed.Outcome.Should().Be(ProvisioningOutcome.Applied);
        removedAgain.Outcome.Should().Be(ProvisioningOutcome.AlreadyInState);
        sut.Writes.Should().Equal($"DELETE /api/v1/groups/{group}/users/{user}");
        sut.Org.GetGroupMemberIds(group).Should().NotContain(user);
    }

    [Fact]
    public async Task Emulator_GuardReadsTargetsByIdNeverBySearch()
    {
        await using var sut = await EmulatedConnector.StartAsync();
        var user = sut.ManagedUser();
        var group = sut.Org.Fixtures["managed-group"];

        await sut.Provisioner.AddGroupMemberAsync(new GroupMembershipChange { UserId = user, GroupId = group });

        var reads = sut.Okta.Requests.Where(r => r.Method == "GET").Select(r => r.PathAndQuery).ToList();
        reads.Should().StartWith([$"/api/v1/users/{user}", $"/api/v1/groups/{group}"]);
        reads.Should().NotContain(r => r.Contains("search=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Emulator_GrantAndRevokeStandardRole_SendExactWritesAndRepeatsSendNone()
    {
        await using var sut = await EmulatedConnector.StartAsync();
        var user = sut.ManagedUser();
        var grant = new ResourceGrant { PrincipalId = user, ResourceId = "HELP_DESK_ADMIN" };

        var granted = await sut.Provisioner.GrantResourceAsync(grant);
        var grantedAgain = await sut.Provisioner.GrantResourceAsync(grant);

        granted.Outcome.Should().Be(ProvisioningOutcome.Applied);
        grantedAgain.Outcome.Should().Be(ProvisioningOutcome.AlreadyInState);
        sut.Okta.Writes.Should().ContainSingle().Which.Should().Match<EmulatedRequest>(
            r => r.Method == "POST" && r.PathAndQuery == $"/api/v1/users/{user}/roles" && r.Body == """{"type":"HELP_DESK_ADMIN"}""");
        var assignment = sut.Org.GetUserRoles(user).Should().ContainSingle(a => a.Type == "HELP_DESK_ADMIN").Subject;

        sut.Okta.ClearRequests();
        var revoked = await sut.Provisioner.RevokeResourceAsync(grant);
        var revokedAgain = await sut.Provisioner.RevokeResourceAsync(grant);

        revoked.Outcome.Should().Be(ProvisioningOutcome.Applied);
        revokedAgain.Outcome.Should().Be(ProvisioningOutcome.AlreadyInState);
        sut.Writes.Should().Equal($"DELETE /api/v1/users/{user}/roles/{assignment.Id}");
        sut.Org.GetUserRoles(user).Should().NotContain(a => a.Type == "HELP_DESK_ADMIN");
    }

    [Fact]
    public async Task Emulator_GrantAndRevokeCustomRoleOnResourceSet_SendExactWrites()
    {
        await using var sut = await EmulatedConnector.StartAsync();
        var user = sut.ManagedUser();
        var role = sut.Org.CustomRoleIds()[0];
        var set = sut.Org.ResourceSetIds()[0];
        var grant = new ResourceGrant { PrincipalId = user, ResourceId = role, AccessLevelId = set };

        (await sut.Provisioner.GrantResourceAsync(grant)).Outcome.Should().Be(ProvisioningOutcome.Applied);
        (await sut.Provisioner.GrantResourceAsync(grant)).Outcome.Should().Be(ProvisioningOutcome.AlreadyInState);

        sut.Okta.Writes.Should().ContainSingle().Which.Body.Should().Be($$"""{"type":"CUSTOM","role":"{{role}}","resource-set":"{{set}}"}""");
        var assignment = sut.Org.GetUserRoles(user).Should().ContainSingle(a => a.CustomRoleId == role && a.ResourceSetId == set).Subject;

        sut.Okta.ClearRequests();
        (await sut.Provisioner.RevokeResourceAsync(grant)).Outcome.Should().Be(ProvisioningOutcome.Applied);
        sut.Writes.Should().Equal($"DELETE /api/v1/users/{user}/roles/{assignment.Id}");
    }

    [Fact]
    public async Task Emulator_GroupRoles_GrantAndRevokeOnTheGroup()
    {
        await using var sut = await EmulatedConnector.StartAsync();
        var group = sut.Org.Fixtures["managed-group"];
        var grant = new ResourceGrant { PrincipalId = group, PrincipalKind = PrincipalKind.Group, ResourceId = "REPORT_ADMIN" };

        (await sut.Provisioner.GrantResourceAsync(grant)).Outcome.Should().Be(ProvisioningOutcome.Applied);
        (await sut.Provisioner.GrantResourceAsync(grant)).Outcome.Should().Be(ProvisioningOutcome.AlreadyInState);
        var assignment = sut.Org.GetGroupRoles(group).Should().ContainSingle(a => a.Type == "REPORT_ADMIN").Subject;
        (await sut.Provisioner.RevokeResourceAsync(grant)).Outcome.Should().Be(ProvisioningOutcome.Applied);
        (await sut.Provisioner.RevokeResourceAsync(grant)).Outcome.Should().Be(ProvisioningOutcome.AlreadyInState);

        sut.Writes.Should().Equal($"POST /api/v1/groups/{group}/roles", $"DELETE /api/v1/groups/{group}/roles/{assignment.Id}");
    }

    [Fact]
    public async Task Emulator_RevokeRoleInheritedFromAGroup_IsRejectedWithoutAnyWrite()
    {
        await using var sut = await EmulatedConnector.StartAsync();
        var user = sut.ManagedUser();
        var group = sut.Org.Fixtures["managed-group"];
        sut.Org.AddGroupMember(group, user);
        sut.Org.AssignGroupRole(group, "REPORT_ADMIN");
        sut.Okta.ClearRequests();

        var act = () => sut.Provisioner.RevokeResourceAsync(new ResourceGrant { PrincipalId = user, ResourceId = "REPORT_ADMIN" });

        (await act.Should().ThrowAsync<ConnectorRejectedException>()).Which.Message.Should().Contain("group");
        sut.Writes.Should().BeEmpty();
        sut.Org.GetUserRoles(user).Should().Contain(a => a.Type == "REPORT_ADMIN");
    }

    [Theory]
    [InlineData("customer-false")]
    [InlineData("customer-string-true")]
    [InlineData("customer-null")]
    [InlineData("customer-array-true")]
    [InlineData("customer-nested-true")]
    [InlineData("customer-duplicate-true-last")]
    public async Task Emulator_CustomerUser_IsRefusedForEveryWriteWithoutAnyWrite(string fixture)
    {
        await using var sut = await EmulatedConnector.StartAsync();
        var customer = sut.Org.Fixtures[fixture];
        var login = sut.Org.FindUser(customer)!.Login;
        var group = sut.Org.Fixtures["managed-group"];

        await AssertRefusedAsync(() => sut.Provisioner.AddGroupMemberAsync(new GroupMembershipChange { UserId = customer, GroupId = group }));
        await AssertRefusedAsync(() => sut.Provisioner.RemoveGroupMemberAsync(new GroupMembershipChange { UserId = customer, GroupId = group }));
        await AssertRefusedAsync(() => sut.Provisioner.GrantResourceAsync(new ResourceGrant { PrincipalId = customer, ResourceId = "HELP_DESK_ADMIN" }));
        await AssertRefusedAsync(() => sut.Provisioner.RevokeResourceAsync(new ResourceGrant { PrincipalId = customer, ResourceId = "HELP_DESK_ADMIN" }));
        await AssertRefusedAsync(() => sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = customer }));

        sut.Writes.Should().BeEmpty();
        sut.Logs.GetSnapshot().Should().NotContain(r => r.Message.Contains(customer, StringComparison.Ordinal) || r.Message.Contains(login, StringComparison.Ordinal));

        async Task AssertRefusedAsync(Func<Task> write)
        {
            var error = (await write.Should().ThrowAsync<ConnectorPolicyRefusedException>()).Which;
            error.Message.Should().NotContain(customer).And.NotContain(login);
        }
    }

    [Theory]
    [InlineData("customer-group")]
    [InlineData("customer-group-string-true")]
    [InlineData("managed-app-group")]
    [InlineData("everyone")]
    public async Task Emulator_UnwritableGroup_IsRefusedWithoutAnyWrite(string fixture)
    {
        await using var sut = await EmulatedConnector.StartAsync();
        var group = sut.Org.Fixtures[fixture];
        var user = sut.ManagedUser();

        var add = () => sut.Provisioner.AddGroupMemberAsync(new GroupMembershipChange { UserId = user, GroupId = group });
        var grant = () => sut.Provisioner.GrantResourceAsync(new ResourceGrant { PrincipalId = group, PrincipalKind = PrincipalKind.Group, ResourceId = "REPORT_ADMIN" });

        await add.Should().ThrowAsync<ConnectorPolicyRefusedException>();
        await grant.Should().ThrowAsync<ConnectorPolicyRefusedException>();
        sut.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task Emulator_StaleIndexUser_IsRefusedBecauseTheFreshProfileNoLongerSaysManaged()
    {
        await using var sut = await EmulatedConnector.StartAsync();
        var user = sut.ManagedUser();
        var group = sut.Org.Fixtures["managed-group"];
        sut.Org.FreezeSearchIndex(user);
        sut.Org.SetUserProfileValue(user, sut.Org.ManagedAttribute, false);
        using var client = new HttpClient { BaseAddress = sut.Okta.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new("SSWS", sut.Okta.ApiToken);
        var index = await client.GetStringAsync($"/api/v1/users?search={Uri.EscapeDataString($"profile.{sut.Org.ManagedAttribute} eq true")}&limit=200");
        index.Should().Contain(user, "the search index still says the user is managed");
        sut.Okta.ClearRequests();

        var act = () => sut.Provisioner.AddGroupMemberAsync(new GroupMembershipChange { UserId = user, GroupId = group });

        await act.Should().ThrowAsync<ConnectorPolicyRefusedException>();
        sut.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task Emulator_DryRunOfEveryWrite_SendsNothing()
    {
        await using var sut = await EmulatedConnector.StartAsync();
        var user = sut.ManagedUser();
        var group = sut.Org.Fixtures["managed-group"];
        sut.Org.RemoveGroupMember(group, user);
        var held = sut.ManagedUser(1);
        sut.Org.AssignUserRole(held, "REPORT_ADMIN");
        sut.Org.AddGroupMember(group, held);

        var results = new[]
        {
            await sut.Provisioner.AddGroupMemberAsync(new GroupMembershipChange { UserId = user, GroupId = group, DryRun = true }),
            await sut.Provisioner.RemoveGroupMemberAsync(new GroupMembershipChange { UserId = held, GroupId = group, DryRun = true }),
            await sut.Provisioner.GrantResourceAsync(new ResourceGrant { PrincipalId = user, ResourceId = "HELP_DESK_ADMIN", DryRun = true }),
            await sut.Provisioner.RevokeResourceAsync(new ResourceGrant { PrincipalId = held, ResourceId = "REPORT_ADMIN", DryRun = true }),
            await sut.Provisioner.GrantResourceAsync(new ResourceGrant { PrincipalId = group, PrincipalKind = PrincipalKind.Group, ResourceId = "REPORT_ADMIN", DryRun = true }),
        };

        results.Should().OnlyContain(r => r.Outcome == ProvisioningOutcome.Planned && r.Actions.Count == 1);
        results.Select(r => r.Actions[0].Method).Should().Equal("PUT", "DELETE", "POST", "DELETE", "POST");
        sut.Writes.Should().BeEmpty();
        sut.Org.GetGroupMemberIds(group).Should().NotContain(user).And.Contain(held);
    }

    [Fact]
    public async Task Emulator_RateLimitedPut_WaitsForTheResetAndApplies()
    {
        await using var sut = await EmulatedConnector.StartAsync();
        var user = sut.ManagedUser();
        var group = sut.Org.Fixtures["managed-group"];
        sut.Org.RemoveGroupMember(group, user);
        sut.Okta.Faults.Add(EmulatorFault.TooManyRequests(TimeSpan.FromSeconds(3)), "PUT");

        var result = await sut.RunAsync(sut.Provisioner.AddGroupMemberAsync(new GroupMembershipChange { UserId = user, GroupId = group }));

        result.Outcome.Should().Be(ProvisioningOutcome.Applied);
        sut.Okta.Writes.Select(w => w.StatusCode).Should().Equal(429, 204);
        sut.HandledWrites.Should().ContainSingle();
        sut.Org.GetGroupMemberIds(group).Should().Contain(user);
    }

    [Fact]
    public async Task Emulator_ConnectionDroppedAfterThePutTookEffect_RetriesHarmlesslyAndApplies()
    {
        await using var sut = await EmulatedConnector.StartAsync();
        var user = sut.ManagedUser();
        var group = sut.Org.Fixtures["managed-group"];
        sut.Org.RemoveGroupMember(group, user);
        sut.Okta.Faults.Add(EmulatorFault.DropConnection(afterProcessing: true), "PUT");

        var result = await sut.RunAsync(sut.Provisioner.AddGroupMemberAsync(new GroupMembershipChange { UserId = user, GroupId = group }));

        result.Outcome.Should().Be(ProvisioningOutcome.Applied);
        sut.Writes.Should().HaveCount(2).And.OnlyContain(w => w == $"PUT /api/v1/groups/{group}/users/{user}");
        sut.Org.GetGroupMemberIds(group).Count(id => id == user).Should().Be(1);
    }

    [Fact]
    public async Task Emulator_ServerErrorBeforeTheDelete_RetriesAndRemoves()
    {
        await using var sut = await EmulatedConnector.StartAsync();
        var user = sut.ManagedUser();
        var group = sut.Org.Fixtures["managed-group"];
        sut.Org.AddGroupMember(group, user);
        sut.Okta.Faults.Add(EmulatorFault.ServerError(503), "DELETE", times: 2);

        var result = await sut.RunAsync(sut.Provisioner.RemoveGroupMemberAsync(new GroupMembershipChange { UserId = user, GroupId = group }));

        result.Outcome.Should().Be(ProvisioningOutcome.Applied);
        sut.Okta.Writes.Select(w => w.StatusCode).Should().Equal(503, 503, 204);
        sut.Org.GetGroupMemberIds(group).Should().NotContain(user);
    }

    [Fact]
    public async Task Emulator_ServerErrorsOutlastTheRetries_ThrowTransientAndLeaveMembershipUnchanged()
    {
        await using var sut = await EmulatedConnector.StartAsync(configure: o => o.Http.MaxRetryAttempts = 2);
        var user = sut.ManagedUser();
        var group = sut.Org.Fixtures["managed-group"];
        sut.Org.RemoveGroupMember(group, user);
        sut.Okta.Faults.Add(EmulatorFault.ServerError(503), "PUT", times: int.MaxValue);

        var act = () => sut.RunAsync(sut.Provisioner.AddGroupMemberAsync(new GroupMembershipChange { UserId = user, GroupId = group }));

        await act.Should().ThrowAsync<ConnectorTransientException>();
        sut.Writes.Should().HaveCount(3);
        sut.Org.GetGroupMemberIds(group).Should().NotContain(user);
    }

    [Fact]
    public async Task Emulator_RoleAssignAnsweredWith503AfterItTookEffect_EndsAssignedOnce()
    {
        await using var sut = await EmulatedConnector.StartAsync();
        var user = sut.ManagedUser();
        sut.Okta.Faults.Add(EmulatorFault.ServerError(503, afterProcessing: true), "POST", "/api/v1/users/*/roles");

        var result = await sut.RunAsync(sut.Provisioner.GrantResourceAsync(new ResourceGrant { PrincipalId = user, ResourceId = "HELP_DESK_ADMIN" }));

        result.Outcome.Should().BeOneOf(ProvisioningOutcome.Applied, ProvisioningOutcome.AlreadyInState);
        sut.Okta.Writes.Select(w => w.StatusCode).Should().Equal(503, 409);
        sut.Org.GetUserRoles(user).Count(a => a.Type == "HELP_DESK_ADMIN").Should().Be(1);
    }

    [Fact]
    public async Task Emulator_ConcurrentRoleChangeConflict_IsRetriedAndApplied()
    {
        await using var sut = await EmulatedConnector.StartAsync();
        var user = sut.ManagedUser();
        sut.Okta.Faults.Add(EmulatorFault.ErrorResponse(409, "E0000268", "Another request is making changes to the role assignments. Please try again."), "POST");

        var result = await sut.RunAsync(sut.Provisioner.GrantResourceAsync(new ResourceGrant { PrincipalId = user, ResourceId = "HELP_DESK_ADMIN" }));

        result.Outcome.Should().Be(ProvisioningOutcome.Applied);
        sut.Okta.Writes.Select(w => w.StatusCode).Should().Equal(409, 201);
    }

    [Fact]
    public async Task Emulator_UnassignConnectionDroppedAfterItTookEffect_EndsRevoked()
    {
        await using var sut = await EmulatedConnector.StartAsync();
        var user = sut.ManagedUser();
        sut.Org.AssignUserRole(user, "HELP_DESK_ADMIN");
        sut.Okta.Faults.Add(EmulatorFault.DropConnection(afterProcessing: true), "DELETE");

        var result = await sut.RunAsync(sut.Provisioner.RevokeResourceAsync(new ResourceGrant { PrincipalId = user, ResourceId = "HELP_DESK_ADMIN" }));

        result.Outcome.Should().BeOneOf(ProvisioningOutcome.Applied, ProvisioningOutcome.AlreadyInState);
        sut.Writes.Should().HaveCount(2);
        sut.Org.GetUserRoles(user).Should().NotContain(a => a.Type == "HELP_DESK_ADMIN");
    }
}
