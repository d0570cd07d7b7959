using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Cli.Tests.Provisioning;

public sealed class AccessCommandTests
{
    [Fact]
    public async Task Grant_GroupMembership_AppliesThenIsAlreadyInState()
    {
        await using var okta = await CliRun.StartOrgAsync();
        var user = okta.ManagedUser();
        var group = okta.Org.Fixtures["managed-group"];
        okta.Org.RemoveGroupMember(group, user);

        var first = await CliRun.AgainstAsync(okta, "grant", "--user", user, "--group", group);
        var second = await CliRun.AgainstAsync(okta, "grant", "--user", user, "--group", group);

        first.Code.Should().Be(0);
        first.Out.Should().Contain("Applied").And.Contain($"sent PUT /api/v1/groups/{group}/users/{user}");
        second.Code.Should().Be(0);
        second.Out.Should().Contain("Already in state");
        okta.Writes.Should().ContainSingle();
    }

    [Fact]
    public async Task Grant_UserByLogin_Works()
    {
        await using var okta = await CliRun.StartOrgAsync();
        var user = okta.ManagedUser();
        var group = okta.Org.Fixtures["managed-group"];
        okta.Org.RemoveGroupMember(group, user);

        var (code, _, _) = await CliRun.AgainstAsync(okta, "grant", "--user", okta.Org.FindUser(user)!.Login, "--group", group);

        code.Should().Be(0);
        okta.Org.GetGroupMemberIds(group).Should().Contain(user);
    }

    [Fact]
    public async Task Grant_GroupByName_ResolvesTheManagedGroup()
    {
        await using var okta = await CliRun.StartOrgAsync();
        var user = okta.ManagedUser();
        var group = okta.Org.Fixtures["managed-group"];
        okta.Org.RemoveGroupMember(group, user);

        var (code, output, _) = await CliRun.AgainstAsync(okta, "grant", "--user", user, "--group", okta.Org.FindGroup(group)!.Name);

        code.Should().Be(0);
        output.Should().Contain($"group {group}");
        okta.Org.GetGroupMemberIds(group).Should().Contain(user);
    }

    [Fact]
    public async Task Grant_CustomerGroupByName_IsNotFoundAmongManagedGroups()
    {
        await using var okta = await CliRun.StartOrgAsync();
        var customerGroup = okta.Org.FindGroup(okta.Org.Fixtures["customer-group"])!.Name;

        var (code, _, error) = await CliRun.AgainstAsync(okta, "grant", "--user", okta.ManagedUser(), "--group", customerGroup);

        code.Should().Be(2);
        error.Should().Contain("no managed group");
        okta.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task Revoke_GroupMembership_DryRunSendsNothing()
    {
        await using var okta = await CliRun.StartOrgAsync();
        var user = okta.ManagedUser();
        var group = okta.Org.Fixtures["managed-group"];
        okta.Org.AddGroupMember(group, user);

        var (code, output, _) = await CliRun.AgainstAsync(okta, "revoke", "--user", user, "--group", group, "--dry-run");

        code.Should().Be(0);
        output.Should().Contain("Dry run").And.Contain($"would send DELETE /api/v1/groups/{group}/users/{user}");
        okta.Writes.Should().BeEmpty();
        okta.Org.GetGroupMemberIds(group).Should().Contain(user);
    }

    [Fact]
    public async Task Grant_ToACustomer_IsRefusedWithExitThreeAndNoWrite()
    {
        await using var okta = await CliRun.StartOrgAsync();
        var customer = okta.Org.Fixtures["customer-string-true"];
        var login = okta.Org.FindUser(customer)!.Login;

        var (code, output, error) = await CliRun.AgainstAsync(okta, "grant", "--user", login, "--group", okta.Org.Fixtures["managed-group"]);

        code.Should().Be(3);
        error.Should().Contain("okta-ciam: refused:").And.NotContain(login).And.NotContain(customer);
        output.Should().BeEmpty();
        okta.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task Grant_ToAnAppGroup_IsRefusedWithExitThree()
    {
        await using var okta = await CliRun.StartOrgAsync();

        var (code, _, error) = await CliRun.AgainstAsync(okta, "grant", "--user", okta.ManagedUser(), "--group", okta.Org.Fixtures["managed-app-group"]);

        code.Should().Be(3);
        error.Should().Contain("APP_GROUP");
        okta.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task GrantAndRevoke_StandardRole_SendOneWriteEach()
    {
        await using var okta = await CliRun.StartOrgAsync();
        var user = okta.ManagedUser();

        var grant = await CliRun.AgainstAsync(okta, "grant", "--user", user, "--role", "HELP_DESK_ADMIN");
        var revoke = await CliRun.AgainstAsync(okta, "revoke", "--user", user, "--role", "HELP_DESK_ADMIN");

        grant.Code.Should().Be(0);
        revoke.Code.Should().Be(0);
        okta.Writes.Select(w => w.Method).Should().Equal("POST", "DELETE");
        okta.Org.GetUserRoles(user).Should().NotContain(a => a.Type == "HELP_DESK_ADMIN");
    }

    [Fact]
    public async Task Grant_CustomRoleOnResourceSet_Applies()
    {
        await using var okta = await CliRun.StartOrgAsync();
        var user = okta.ManagedUser();
        var role = okta.Org.CustomRoleIds()[0];
        var set = okta.Org.ResourceSetIds()[0];

        var (code, output, _) = await CliRun.AgainstAsync(okta, "grant", "--user", user, "--role", role, "--resource-set", set);

        code.Should().Be(0);
        output.Should().Contain($"{role} on resource set {set}");
        okta.Org.GetUserRoles(user).Should().Contain(a => a.CustomRoleId == role && a.ResourceSetId == set);
    }

    [Fact]
    public async Task Grant_SuperAdmin_IsRefusedByTheDefaultAllowList()
    {
        await using var okta = await CliRun.StartOrgAsync();

        var (code, _, error) = await CliRun.AgainstAsync(okta, "grant", "--user", okta.ManagedUser(), "--role", "SUPER_ADMIN");

        code.Should().Be(3);
        error.Should().Contain("AllowedRoleTypes");
        okta.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task Grant_UnknownUser_ExitsFour()
    {
        await using var okta = await CliRun.StartOrgAsync();

        var (code, _, error) = await CliRun.AgainstAsync(okta, "grant", "--user", "00uDoesNotExist000000", "--role", "HELP_DESK_ADMIN");

        code.Should().Be(4);
        error.Should().Contain("no user");
    }

    [Theory]
    [InlineData("grant", "--user", "00u1")]
    [InlineData("grant", "--user", "00u1", "--group", "00g1", "--role", "APP_ADMIN")]
    [InlineData("revoke", "--user", "00u1", "--group", "00g1", "--resource-set", "iam1")]
    [InlineData("grant", "--group", "00g1")]
    [InlineData("grant", "--user", "00u1", "--role", "cr0Custom")]
    public async Task Grant_BadArguments_AreUsageErrors(params string[] args)
    {
        var (code, _, error) = await CliRun.RunAsync(args, new() { ["OKTA_CIAM_ORG"] = "http://127.0.0.1:9", ["OKTA_API_TOKEN"] = "t0ken-value" });

        code.Should().Be(2);
        error.Should().StartWith("okta-ciam:");
    }

    [Fact]
    public async Task ResolveGroupAsync_GroupId_IsUsedAsIs()
    {
        var id = await AccessCommand.ResolveGroupAsync(new FakeConnector(), "00g1ab2CD3ef4GH5ij6k", CancellationToken.None);

        id.Should().Be("00g1ab2CD3ef4GH5ij6k");
    }

    [Fact]
    public async Task ResolveGroupAsync_ExactName_FindsTheManagedGroup()
    {
        var connector = new FakeConnector(new ConnectorGroup { Id = "00gA", Name = "Ops Admins" }, new ConnectorGroup { Id = "00gB", Name = "ops admins" });

        var id = await AccessCommand.ResolveGroupAsync(connector, "Ops Admins", CancellationToken.None);

        id.Should().Be("00gA");
    }

    [Fact]
    public async Task ResolveGroupAsync_UnknownOrAmbiguousName_IsAUsageError()
    {
        var connector = new FakeConnector(new ConnectorGroup { Id = "00gA", Name = "Ops" }, new ConnectorGroup { Id = "00gB", Name = "Ops" });

        var unknown = () => AccessCommand.ResolveGroupAsync(connector, "Finance", CancellationToken.None);
        var ambiguous = () => AccessCommand.ResolveGroupAsync(connector, "Ops", CancellationToken.None);

        await unknown.Should().ThrowAsync<CliUsageException>().WithMessage("*no managed group*");
        (await ambiguous.Should().ThrowAsync<CliUsageException>()).Which.Message.Should().Contain("00gA").And.Contain("00gB");
    }

    [Fact]
    public async Task ResolveGroupAsync_NameWithoutAGroupReader_SaysToPassTheId()
    {
        var act = () => AccessCommand.ResolveGroupAsync(new FakeConnector(groups: null), "Ops", CancellationToken.None);

        await act.Should().ThrowAsync<CliUsageException>().WithMessage("*pass the group id*");
    }

    private sealed class FakeConnector(params ConnectorGroup[]? groups) : IConnector, IGroupReader
    {
        public ConnectorDescriptor Descriptor => throw new NotSupportedException();

        public object? GetService(Type serviceType) => serviceType == typeof(IGroupReader) && groups is not null ? this : null;

        public Task<Page<ConnectorGroup>> ListGroupsAsync(PageRequest page, CancellationToken cancellationToken = default) =>
            Task.FromResult(Page.Create<ConnectorGroup>(groups!));

        public Task<ConnectorGroup?> GetGroupAsync(string groupId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Page<GroupMember>> ListGroupMembersAsync(string groupId, PageRequest page, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }
}
