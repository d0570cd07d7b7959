using System.Net;
using OktaCiam.Connector.Abstractions;
using OktaCiam.Connector.Tests.Okta;

namespace OktaCiam.Connector.Tests.Provisioning;

public sealed partial class OktaAccessProvisionerTests
{
    private static StubConnector CreateSut(Action<StubOkta>? seed = null, Action<OktaCiamOptions>? configure = null) =>
        StubConnector.Create(
            okta =>
            {
                okta.AddUser("00uWork1");
                okta.AddGroup("00gWork1");
                seed?.Invoke(okta);
            },
            configure);

    private static GroupMembershipChange Change(string user = "00uWork1", string group = "00gWork1", bool dryRun = false) =>
        new() { UserId = user, GroupId = group, DryRun = dryRun };

    [Fact]
    public async Task AddGroupMemberAsync_NotYetMember_SendsOnePutAndReportsApplied()
    {
        await using var sut = CreateSut();

        var result = await sut.Provisioner.AddGroupMemberAsync(Change());

        result.Outcome.Should().Be(ProvisioningOutcome.Applied);
        result.Actions.Should().Equal(new ProvisioningAction("PUT", "/api/v1/groups/00gWork1/users/00uWork1"));
        sut.Writes.Should().Equal("PUT /api/v1/groups/00gWork1/users/00uWork1");
        sut.Okta.Members.Should().Contain(("00gWork1", "00uWork1"));
    }

    [Fact]
    public async Task AddGroupMemberAsync_ReadsUserAndGroupByIdBeforeTheWrite()
    {
        await using var sut = CreateSut();

        await sut.Provisioner.AddGroupMemberAsync(Change());

        sut.Requests.Select(r => $"{r.Method} {r.Uri.AbsolutePath}").Should().Equal(
            "GET /api/v1/users/00uWork1",
            "GET /api/v1/groups/00gWork1",
            "GET /api/v1/users/00uWork1/groups",
            "PUT /api/v1/groups/00gWork1/users/00uWork1");
        sut.Requests.Should().NotContain(r => r.Uri.Query.Contains("search", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddGroupMemberAsync_AlreadyMember_SendsNoWriteAndReportsAlreadyInState()
    {
        await using var sut = CreateSut(okta => okta.Members.Add(("00gWork1", "00uWork1")));

        var result = await sut.Provisioner.AddGroupMemberAsync(Change());

        result.Outcome.Should().Be(ProvisioningOutcome.AlreadyInState);
        result.Actions.Should().BeEmpty();
        sut.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task AddGroupMemberAsync_MembershipOnALaterPageOfTheUsersGroups_IsFound()
    {
        await using var sut = CreateSut(okta =>
        {
            okta.UserGroupsPageSize = 2;
            foreach (var id in new[] { "00gA", "00gB", "00gC", "00gD" })
            {
                okta.AddGroup(id);
                okta.Members.Add((id, "00uWork1"));
            }

            okta.Members.Add(("00gWork1", "00uWork1"));
        });

        var result = await sut.Provisioner.AddGroupMemberAsync(Change());

        result.Outcome.Should().Be(ProvisioningOutcome.AlreadyInState);
        sut.Requests.Count(r => r.Uri.AbsolutePath.EndsWith("/groups", StringComparison.Ordinal)).Should().Be(3);
        sut.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task AddGroupMemberAsync_ByLogin_WritesWithTheUsersId()
    {
        await using var sut = CreateSut();

        var result = await sut.Provisioner.AddGroupMemberAsync(Change(user: "00uWork1@example.com"));

        result.Outcome.Should().Be(ProvisioningOutcome.Applied);
        sut.Writes.Should().Equal("PUT /api/v1/groups/00gWork1/users/00uWork1");
    }

    [Fact]
    public async Task AddGroupMemberAsync_DryRun_SendsNothingAndReturnsThePlan()
    {
        await using var sut = CreateSut();

        var result = await sut.Provisioner.AddGroupMemberAsync(Change(dryRun: true));

        result.Outcome.Should().Be(ProvisioningOutcome.Planned);
        result.Actions.Should().Equal(new ProvisioningAction("PUT", "/api/v1/groups/00gWork1/users/00uWork1"));
        sut.Writes.Should().BeEmpty();
        sut.Okta.Members.Should().BeEmpty();
    }

    [Fact]
    public async Task AddGroupMemberAsync_DryRunWhenAlreadyMember_PlansNothing()
    {
        await using var sut = CreateSut(okta => okta.Members.Add(("00gWork1", "00uWork1")));

        var result = await sut.Provisioner.AddGroupMemberAsync(Change(dryRun: true));

        result.Outcome.Should().Be(ProvisioningOutcome.Planned);
        result.Actions.Should().BeEmpty();
        result.Detail.Should().Contain("already");
    }

    [Theory]
    [InlineData("false")]
    [InlineData("null")]
    [InlineData("\"true\"")]
    [InlineData("1")]
    [InlineData("[true]")]
    public async Task AddGroupMemberAsync_UnmanagedUser_IsRefusedWithoutAnyWrite(string managed)
    {
        await using var sut = CreateSut(okta => okta.AddUser("00uCustomer1", managed));

        var act = () => sut.Provisioner.AddGroupMemberAsync(Change(user: "00uCustomer1"));

        var error = (await act.Should().ThrowAsync<ConnectorPolicyRefusedException>()).Which;
        error.Message.Should().Contain("not a managed identity").And.NotContain("00uCustomer1").And.NotContain("example.com");
        sut.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task AddGroupMemberAsync_UnmanagedUserNamedByLogin_NeverEchoesTheLogin()
    {
        await using var sut = CreateSut(okta => okta.AddUser("00uCustomer1", "false"));

        var act = () => sut.Provisioner.AddGroupMemberAsync(Change(user: "00uCustomer1@example.com"));

        (await act.Should().ThrowAsync<ConnectorPolicyRefusedException>()).Which.Message.Should().NotContain("00uCustomer1");
        sut.Harness.Logs.GetSnapshot().Should().NotContain(r => r.Message.Contains("00uCustomer1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("false", "OKTA_GROUP", "not a managed group")]
    [InlineData("true", "APP_GROUP", "APP_GROUP")]
    [InlineData("true", "BUILT_IN", "BUILT_IN")]
    [InlineData("true", "SOME_NEW_TYPE", "OKTA_GROUP")]
    public async Task AddGroupMemberAsync_GroupNotWritable_IsRefusedWithoutAnyWrite(string managed, string type, string reason)
    {
        await using var sut = CreateSut(okta => okta.AddGroup("00gOther", managed, type));

        var act = () => sut.Provisioner.AddGroupMemberAsync(Change(group: "00gOther"));

        (await act.Should().ThrowAsync<ConnectorPolicyRefusedException>()).Which.Message.Should().Contain(reason).And.Contain("Nothing was sent");
        sut.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task AddGroupMemberAsync_UnknownUser_ThrowsNotFoundWithoutAnyWrite()
    {
        await using var sut = CreateSut();

        var act = () => sut.Provisioner.AddGroupMemberAsync(Change(user: "00uMissing"));

        await act.Should().ThrowAsync<ConnectorNotFoundException>();
        sut.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task AddGroupMemberAsync_DryRunOfARefusedWrite_IsRefusedToo()
    {
        await using var sut = CreateSut(okta => okta.AddUser("00uCustomer1", "false"));

        var act = () => sut.Provisioner.AddGroupMemberAsync(Change(user: "00uCustomer1", dryRun: true));

        await act.Should().ThrowAsync<ConnectorPolicyRefusedException>();
    }

    [Fact]
    public async Task RemoveGroupMemberAsync_Member_SendsOneDeleteAndReportsApplied()
    {
        await using var sut = CreateSut(okta => okta.Members.Add(("00gWork1", "00uWork1")));

        var result = await sut.Provisioner.RemoveGroupMemberAsync(Change());

        result.Outcome.Should().Be(ProvisioningOutcome.Applied);
        sut.Writes.Should().Equal("DELETE /api/v1/groups/00gWork1/users/00uWork1");
        sut.Okta.Members.Should().BeEmpty();
    }

    [Fact]
    public async Task RemoveGroupMemberAsync_NotAMember_SendsNoWrite()
    {
        await using var sut = CreateSut();

        var result = await sut.Provisioner.RemoveGroupMemberAsync(Change());

        result.Outcome.Should().Be(ProvisioningOutcome.AlreadyInState);
        sut.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task RemoveGroupMemberAsync_ServerErrorsThenSuccess_RetriesTheIdempotentDeleteAndApplies()
    {
        var failures = 2;
        await using var sut = CreateSut(okta =>
        {
            okta.Members.Add(("00gWork1", "00uWork1"));
            okta.Before = r => r.Method == HttpMethod.Delete && failures-- > 0 ? OktaResponses.Error(HttpStatusCode.ServiceUnavailable, "E0000009") : null;
        });

        var result = await sut.Harness.RunAsync(sut.Provisioner.RemoveGroupMemberAsync(Change()), TimeSpan.FromSeconds(1));

        result.Outcome.Should().Be(ProvisioningOutcome.Applied);
        sut.Writes.Should().HaveCount(3).And.OnlyContain(w => w == "DELETE /api/v1/groups/00gWork1/users/00uWork1");
        sut.Okta.Members.Should().BeEmpty();
    }

    [Fact]
    public async Task GrantResourceAsync_StandardRole_PostsTheTypeAndReportsApplied()
    {
        await using var sut = CreateSut();

        var result = await sut.Provisioner.GrantResourceAsync(new ResourceGrant { PrincipalId = "00uWork1", ResourceId = "HELP_DESK_ADMIN" });

        result.Outcome.Should().Be(ProvisioningOutcome.Applied);
        result.Actions.Should().Equal(new ProvisioningAction("POST", "/api/v1/users/00uWork1/roles"));
        sut.Requests.Single(r => r.Method == HttpMethod.Post).Body.Should().Be("""{"type":"HELP_DESK_ADMIN"}""");
        sut.Okta.Roles.Should().ContainSingle(r => r.PrincipalId == "00uWork1" && r.Type == "HELP_DESK_ADMIN");
    }

    [Fact]
    public async Task GrantResourceAsync_CustomRole_PostsRoleAndResourceSet()
    {
        await using var sut = CreateSut();

        var result = await sut.Provisioner.GrantResourceAsync(
            new ResourceGrant { PrincipalId = "00uWork1", ResourceId = "cr0Custom1", AccessLevelId = "iamSet1" });

        result.Outcome.Should().Be(ProvisioningOutcome.Applied);
        sut.Requests.Single(r => r.Method == HttpMethod.Post).Body.Should().Be("""{"type":"CUSTOM","role":"cr0Custom1","resource-set":"iamSet1"}""");
    }

    [Fact]
    public async Task GrantResourceAsync_AlreadyHeldDirectly_SendsNoWrite()
    {
        await using var sut = CreateSut(okta => okta.AddRole("00uWork1", "HELP_DESK_ADMIN"));

        var result = await sut.Provisioner.GrantResourceAsync(new ResourceGrant { PrincipalId = "00uWork1", ResourceId = "HELP_DESK_ADMIN" });

        result.Outcome.Should().Be(ProvisioningOutcome.AlreadyInState);
        sut.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task GrantResourceAsync_SameCustomRoleOnAnotherResourceSet_IsANewAssignment()
    {
        await using var sut = CreateSut(okta => okta.AddRole("00uWork1", "CUSTOM", "cr0Custom1", "iamSet1"));

        var result = await sut.Provisioner.GrantResourceAsync(
            new ResourceGrant { PrincipalId = "00uWork1", ResourceId = "cr0Custom1", AccessLevelId = "iamSet2" });

        result.Outcome.Should().Be(ProvisioningOutcome.Applied);
    }

    [Fact]
    public async Task GrantResourceAsync_OktaAnswersAlreadyAssigned_ReportsAlreadyInState()
    {
        await using var sut = CreateSut(okta => okta.Before = r => r.Method == HttpMethod.Post
            ? OktaResponses.Error(HttpStatusCode.Conflict, "E0000263", "already assigned")
            : null);

        var result = await sut.Provisioner.GrantResourceAsync(new ResourceGrant { PrincipalId = "00uWork1", ResourceId = "WORKFLOWS_ADMIN" });

        result.Outcome.Should().Be(ProvisioningOutcome.AlreadyInState);
        sut.Writes.Should().ContainSingle();
    }

    [Fact]
    public async Task GrantResourceAsync_ToAGroup_PostsToTheGroupsRoles()
    {
        await using var sut = CreateSut();

        var result = await sut.Provisioner.GrantResourceAsync(
            new ResourceGrant { PrincipalId = "00gWork1", PrincipalKind = PrincipalKind.Group, ResourceId = "REPORT_ADMIN" });

        result.Outcome.Should().Be(ProvisioningOutcome.Applied);
        sut.Writes.Should().Equal("POST /api/v1/groups/00gWork1/roles");
    }

    [Theory]
    [InlineData("SUPER_ADMIN")]
    [InlineData("ORG_ADMIN")]
    public async Task GrantResourceAsync_RoleOutsideTheDefaultAllowList_IsRefusedBeforeAnyRequest(string type)
    {
        await using var sut = CreateSut();

        var act = () => sut.Provisioner.GrantResourceAsync(new ResourceGrant { PrincipalId = "00uWork1", ResourceId = type });

        (await act.Should().ThrowAsync<ConnectorPolicyRefusedException>()).Which.Message.Should().Contain("AllowedRoleTypes");
        sut.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task GrantResourceAsync_SuperAdminListedExplicitly_IsGranted()
    {
        await using var sut = CreateSut(configure: o => o.Provisioning.AllowedRoleTypes = ["SUPER_ADMIN"]);

        var result = await sut.Provisioner.GrantResourceAsync(new ResourceGrant { PrincipalId = "00uWork1", ResourceId = "SUPER_ADMIN" });

        result.Outcome.Should().Be(ProvisioningOutcome.Applied);
    }

    [Fact]
    public async Task GrantResourceAsync_CustomRolesTurnedOff_IsRefused()
    {
        await using var sut = CreateSut(configure: o => o.Provisioning.AllowCustomRoles = false);

        var act = () => sut.Provisioner.GrantResourceAsync(new ResourceGrant { PrincipalId = "00uWork1", ResourceId = "cr0Custom1", AccessLevelId = "iamSet1" });

        (await act.Should().ThrowAsync<ConnectorPolicyRefusedException>()).Which.Message.Should().Contain("AllowCustomRoles");
        sut.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task GrantResourceAsync_DryRun_ReadsButSendsNothing()
    {
        await using var sut = CreateSut();

        var result = await sut.Provisioner.GrantResourceAsync(new ResourceGrant { PrincipalId = "00uWork1", ResourceId = "HELP_DESK_ADMIN", DryRun = true });

        result.Outcome.Should().Be(ProvisioningOutcome.Planned);
        result.Actions.Should().Equal(new ProvisioningAction("POST", "/api/v1/users/00uWork1/roles"));
        sut.Writes.Should().BeEmpty();
        sut.Okta.Roles.Should().BeEmpty();
    }

    [Fact]
    public async Task GrantResourceAsync_UnmanagedUser_IsRefusedWithoutAnyWrite()
    {
        await using var sut = CreateSut(okta => okta.AddUser("00uCustomer1", "false"));

        var act = () => sut.Provisioner.GrantResourceAsync(new ResourceGrant { PrincipalId = "00uCustomer1", ResourceId = "HELP_DESK_ADMIN" });

        await act.Should().ThrowAsync<ConnectorPolicyRefusedException>();
        sut.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task RevokeResourceAsync_DirectAssignment_DeletesItByAssignmentId()
    {
        await using var sut = CreateSut(okta =>
        {
            okta.AddRole("00uWork1", "REPORT_ADMIN");
            okta.AddRole("00uWork1", "HELP_DESK_ADMIN");
        });

        var result = await sut.Provisioner.RevokeResourceAsync(new ResourceGrant { PrincipalId = "00uWork1", ResourceId = "HELP_DESK_ADMIN" });

        result.Outcome.Should().Be(ProvisioningOutcome.Applied);
        sut.Writes.Should().Equal("DELETE /api/v1/users/00uWork1/roles/ra0002");
        sut.Okta.Roles.Should().ContainSingle().Which.Type.Should().Be("REPORT_ADMIN");
    }

    [Fact]
    public async Task RevokeResourceAsync_CustomRole_MatchesRoleAndResourceSet()
    {
        await using var sut = CreateSut(okta =>
        {
            okta.AddRole("00uWork1", "CUSTOM", "cr0Custom1", "iamSet1");
            okta.AddRole("00uWork1", "CUSTOM", "cr0Custom1", "iamSet2");
        });

        await sut.Provisioner.RevokeResourceAsync(new ResourceGrant { PrincipalId = "00uWork1", ResourceId = "cr0Custom1", AccessLevelId = "iamSet2" });

        sut.Writes.Should().Equal("DELETE /api/v1/users/00uWork1/roles/ra0002");
    }

    [Fact]
    public async Task RevokeResourceAsync_NotHeld_SendsNoWrite()
    {
        await using var sut = CreateSut();

        var result = await sut.Provisioner.RevokeResourceAsync(new ResourceGrant { PrincipalId = "00uWork1", ResourceId = "HELP_DESK_ADMIN" });

        result.Outcome.Should().Be(ProvisioningOutcome.AlreadyInState);
        sut.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task RevokeResourceAsync_HeldOnlyThroughAGroup_IsRejectedWithAdviceAndNoWrite()
    {
        await using var sut = CreateSut(okta => okta.AddRole("00uWork1", "HELP_DESK_ADMIN", assignmentType: "GROUP"));

        var act = () => sut.Provisioner.RevokeResourceAsync(new ResourceGrant { PrincipalId = "00uWork1", ResourceId = "HELP_DESK_ADMIN" });

        (await act.Should().ThrowAsync<ConnectorRejectedException>()).Which.Message.Should().Contain("group");
        sut.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task RevokeResourceAsync_RoleOutsideTheAllowList_IsStillRevoked()
    {
        await using var sut = CreateSut(okta => okta.AddRole("00uWork1", "SUPER_ADMIN"));

        var result = await sut.Provisioner.RevokeResourceAsync(new ResourceGrant { PrincipalId = "00uWork1", ResourceId = "SUPER_ADMIN" });

        result.Outcome.Should().Be(ProvisioningOutcome.Applied);
    }

    [Fact]
    public async Task RevokeResourceAsync_AssignmentGoneBeforeTheDelete_ReportsAlreadyInState()
    {
        await using var sut = CreateSut(okta =>
        {
            okta.AddRole("00uWork1", "HELP_DESK_ADMIN");
            okta.Before = r => r.Method == HttpMethod.Delete ? OktaResponses.Error(HttpStatusCode.NotFound, "E0000007") : null;
        });

        var result = await sut.Provisioner.RevokeResourceAsync(new ResourceGrant { PrincipalId = "00uWork1", ResourceId = "HELP_DESK_ADMIN" });

        result.Outcome.Should().Be(ProvisioningOutcome.AlreadyInState);
    }

    [Fact]
    public async Task RevokeResourceAsync_FromAGroup_DeletesTheGroupsAssignment()
    {
        await using var sut = CreateSut(okta => okta.AddRole("00gWork1", "REPORT_ADMIN", assignmentType: "GROUP"));

        var result = await sut.Provisioner.RevokeResourceAsync(
            new ResourceGrant { PrincipalId = "00gWork1", PrincipalKind = PrincipalKind.Group, ResourceId = "REPORT_ADMIN" });

        result.Outcome.Should().Be(ProvisioningOutcome.Applied);
        sut.Writes.Should().Equal("DELETE /api/v1/groups/00gWork1/roles/ra0001");
    }

    [Theory]
    [InlineData("CUSTOM", "")]
    [InlineData("HELP_DESK_ADMIN", "iamSet1")]
    [InlineData("cr0Custom1", "")]
    [InlineData("cr0 bad", "iamSet1")]
    public async Task GrantResourceAsync_MalformedRole_ThrowsArgumentExceptionWithoutAnyRequest(string resourceId, string level)
    {
        await using var sut = CreateSut();

        var act = () => sut.Provisioner.GrantResourceAsync(new ResourceGrant { PrincipalId = "00uWork1", ResourceId = resourceId, AccessLevelId = level });

        await act.Should().ThrowAsync<ArgumentException>();
        sut.Requests.Should().BeEmpty();
    }
}
