namespace OktaCiam.Connector.Cli.Tests.Provisioning;

public sealed class DeprovisionCommandTests
{
    [Fact]
    public async Task Deprovision_ManagedUser_DeactivatesAndPrintsTheFinalStatus()
    {
        await using var okta = await CliRun.StartOrgAsync();
        var user = okta.ManagedUser();

        var (code, output, _) = await CliRun.AgainstAsync(okta, "deprovision", "--user", user);

        code.Should().Be(0);
        output.Should().Contain("Applied").And.Contain("user status: Deprovisioned");
        okta.Writes.Select(w => $"{w.Method} {w.PathAndQuery}").Should().Equal($"POST /api/v1/users/{user}/lifecycle/deactivate?sendEmail=false");
    }

    [Fact]
    public async Task Deprovision_Delete_DeletesTheAccount()
    {
        await using var okta = await CliRun.StartOrgAsync();
        var user = okta.ManagedUser();

        var (code, _, _) = await CliRun.AgainstAsync(okta, "deprovision", "--user", user, "--delete");

        code.Should().Be(0);
        okta.Writes.Select(w => w.Method).Should().Equal("POST", "DELETE");
        okta.Org.FindUser(user).Should().BeNull();
    }

    [Fact]
    public async Task Deprovision_DryRun_SendsNothing()
    {
        await using var okta = await CliRun.StartOrgAsync();
        var user = okta.ManagedUser();

        var (code, output, _) = await CliRun.AgainstAsync(okta, "deprovision", "--user", user, "--delete", "--dry-run");

        code.Should().Be(0);
        output.Should().Contain("would send POST").And.Contain("would send DELETE");
        okta.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task Deprovision_TokenOwner_IsRefusedWithExitThree()
    {
        await using var okta = await CliRun.StartOrgAsync();

        var (code, _, error) = await CliRun.AgainstAsync(okta, "deprovision", "--user", okta.Org.TokenOwnerId);

        code.Should().Be(3);
        error.Should().Contain("owns the API token");
        okta.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task Deprovision_Customer_IsRefusedWithExitThree()
    {
        await using var okta = await CliRun.StartOrgAsync();

        var (code, _, _) = await CliRun.AgainstAsync(okta, "deprovision", "--user", okta.Org.Fixtures["customer-false"], "--delete");

        code.Should().Be(3);
        okta.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task Deprovision_NoUser_IsAUsageError()
    {
        var (code, _, _) = await CliRun.RunAsync(["deprovision"], new() { ["OKTA_CIAM_ORG"] = "acme.okta.com", ["OKTA_API_TOKEN"] = "t" });

        code.Should().Be(2);
    }
}
