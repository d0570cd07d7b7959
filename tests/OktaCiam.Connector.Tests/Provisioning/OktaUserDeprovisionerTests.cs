using System.Net;
using OktaCiam.Connector.Abstractions;
using OktaCiam.Connector.Tests.Okta;

namespace OktaCiam.Connector.Tests.Provisioning;

public sealed partial class OktaUserDeprovisionerTests
{
    private static StubConnector CreateSut(Action<StubOkta>? seed = null, bool allowDelete = true, int retries = 4) =>
        StubConnector.Create(
            okta =>
            {
                okta.AddUser("00uAdmin1");
                okta.MeId = "00uAdmin1";
                okta.AddUser("00uWork1");
                seed?.Invoke(okta);
            },
            o =>
            {
                o.Provisioning.AllowDelete = allowDelete;
                o.Http.MaxRetryAttempts = retries;
            });

    [Fact]
    public async Task DeprovisionUserAsync_ActiveUser_DeactivatesWithoutEmailAndReportsDeprovisioned()
    {
        await using var sut = CreateSut();

        var result = await sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = "00uWork1" });

        result.Outcome.Should().Be(ProvisioningOutcome.Applied);
        result.FinalUserStatus.Should().Be(UserStatus.Deprovisioned);
        result.Actions.Should().Equal(new ProvisioningAction("POST", "/api/v1/users/00uWork1/lifecycle/deactivate?sendEmail=false"));
        sut.Writes.Should().Equal("POST /api/v1/users/00uWork1/lifecycle/deactivate?sendEmail=false");
        sut.Okta.Users["00uWork1"].Status.Should().Be("DEPROVISIONED");
    }

    [Fact]
    public async Task DeprovisionUserAsync_AlreadyDeprovisioned_SendsNoWrite()
    {
        await using var sut = CreateSut(okta => okta.Users["00uWork1"].Status = "DEPROVISIONED");

        var result = await sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = "00uWork1" });

        result.Outcome.Should().Be(ProvisioningOutcome.AlreadyInState);
        result.FinalUserStatus.Should().Be(UserStatus.Deprovisioned);
        sut.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task DeprovisionUserAsync_Delete_DeactivatesThenDeletesOnce()
    {
        await using var sut = CreateSut();

        var result = await sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = "00uWork1", Delete = true });

        result.Outcome.Should().Be(ProvisioningOutcome.Applied);
        result.Detail.Should().Contain("deleted");
        sut.Writes.Should().Equal(
            "POST /api/v1/users/00uWork1/lifecycle/deactivate?sendEmail=false",
            "DELETE /api/v1/users/00uWork1?sendEmail=false");
        sut.Okta.Users.Should().NotContainKey("00uWork1");
    }

    [Fact]
    public async Task DeprovisionUserAsync_DeleteOfADeprovisionedUser_SendsOnlyTheDelete()
    {
        await using var sut = CreateSut(okta => okta.Users["00uWork1"].Status = "DEPROVISIONED");

        var result = await sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = "00uWork1", Delete = true });

        result.Outcome.Should().Be(ProvisioningOutcome.Applied);
        sut.Writes.Should().Equal("DELETE /api/v1/users/00uWork1?sendEmail=false");
    }

    [Fact]
    public async Task DeprovisionUserAsync_DeleteNotAllowed_IsRefusedBeforeAnyRequest()
    {
        await using var sut = CreateSut(allowDelete: false);

        var act = () => sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = "00uWork1", Delete = true });

        (await act.Should().ThrowAsync<ConnectorPolicyRefusedException>()).Which.Message.Should().Contain("AllowDelete");
        sut.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task DeprovisionUserAsync_TokenOwner_IsRefusedWithoutAnyWrite()
    {
        await using var sut = CreateSut();

        var act = () => sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = "00uAdmin1" });

        (await act.Should().ThrowAsync<ConnectorPolicyRefusedException>()).Which.Message.Should().Contain("owns the API token");
        sut.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task DeprovisionUserAsync_TokenOwnerNamedByLogin_IsRefused()
    {
        await using var sut = CreateSut();

        var act = () => sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = "00uAdmin1@example.com" });

        await act.Should().ThrowAsync<ConnectorPolicyRefusedException>();
        sut.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task DeprovisionUserAsync_NoTokenOwner_Deprovisions()
    {
        await using var sut = CreateSut(okta => okta.MeId = null);

        var result = await sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = "00uWork1" });

        result.Outcome.Should().Be(ProvisioningOutcome.Applied);
    }

    [Fact]
    public async Task DeprovisionUserAsync_UnmanagedUser_IsRefusedWithoutAnyWrite()
    {
        await using var sut = CreateSut(okta => okta.AddUser("00uCustomer1", "false"));

        var act = () => sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = "00uCustomer1", Delete = true });

        (await act.Should().ThrowAsync<ConnectorPolicyRefusedException>()).Which.Message.Should().NotContain("00uCustomer1");
        sut.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task DeprovisionUserAsync_DryRun_PlansBothStepsAndSendsNothing()
    {
        await using var sut = CreateSut();

        var result = await sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = "00uWork1", Delete = true, DryRun = true });

        result.Outcome.Should().Be(ProvisioningOutcome.Planned);
        result.Actions.Select(a => a.ToString()).Should().Equal(
            "POST /api/v1/users/00uWork1/lifecycle/deactivate?sendEmail=false",
            "DELETE /api/v1/users/00uWork1?sendEmail=false");
        sut.Writes.Should().BeEmpty();
        sut.Okta.Users["00uWork1"].Status.Should().Be("ACTIVE");
    }

    [Fact]
    public async Task DeprovisionUserAsync_DeleteAnswerLostAfterOktaDeleted_ReportsAppliedWithoutASecondDelete()
    {
        await using var sut = CreateSut(okta => okta.Before = r =>
        {
            if (r.Method == HttpMethod.Delete)
            {
                // Okta deletes, then the answer is lost.
                okta.Users.Remove("00uWork1");
                return OktaResponses.Error(HttpStatusCode.BadGateway, "E0000009");
            }

            return null;
        });

        var result = await sut.Harness.RunAsync(sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = "00uWork1", Delete = true }), TimeSpan.FromSeconds(1));

        result.Outcome.Should().Be(ProvisioningOutcome.Applied);
        sut.Writes.Count(w => w.StartsWith("DELETE", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public async Task DeprovisionUserAsync_DeleteFailsBeforeOktaDeleted_ThrowsAndLeavesTheUserDeprovisioned()
    {
        await using var sut = CreateSut(okta => okta.Before = r => r.Method == HttpMethod.Delete ? OktaResponses.Error(HttpStatusCode.ServiceUnavailable, "E0000009") : null);

        var act = () => sut.Harness.RunAsync(sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = "00uWork1", Delete = true }), TimeSpan.FromSeconds(1));

        await act.Should().ThrowAsync<ConnectorTransientException>();
        sut.Writes.Count(w => w.StartsWith("DELETE", StringComparison.Ordinal)).Should().Be(1);
        sut.Okta.Users["00uWork1"].Status.Should().Be("DEPROVISIONED");
    }

    [Fact]
    public async Task DeprovisionUserAsync_DeactivationNotVisibleYet_DoesNotSendTheDelete()
    {
        await using var sut = CreateSut(okta => okta.Before = r =>
            r.Method == HttpMethod.Post ? OktaResponses.Json("{}") : null);

        var act = () => sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = "00uWork1", Delete = true });

        (await act.Should().ThrowAsync<ConnectorTransientException>()).Which.Message.Should().Contain("again");
        sut.Writes.Should().Equal("POST /api/v1/users/00uWork1/lifecycle/deactivate?sendEmail=false");
    }

    [Fact]
    public async Task DeprovisionUserAsync_DeactivationAnswered404ButTookEffect_ReportsApplied()
    {
        await using var sut = CreateSut(okta => okta.Before = r =>
        {
            if (r.Method == HttpMethod.Post)
            {
                okta.Users["00uWork1"].Status = "DEPROVISIONED";
                return OktaResponses.Error(HttpStatusCode.NotFound, "E0000007");
            }

            return null;
        });

        var result = await sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = "00uWork1" });

        result.Outcome.Should().Be(ProvisioningOutcome.Applied);
        result.FinalUserStatus.Should().Be(UserStatus.Deprovisioned);
    }

    [Fact]
    public async Task DeprovisionUserAsync_DeactivationFailsAndUserStillActive_Throws()
    {
        await using var sut = CreateSut(okta => okta.Before = r => r.Method == HttpMethod.Post ? OktaResponses.Error(HttpStatusCode.NotFound, "E0000007") : null);

        var act = () => sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = "00uWork1" });

        await act.Should().ThrowAsync<ConnectorNotFoundException>();
    }

    [Fact]
    public async Task DeprovisionUserAsync_UnknownUser_ThrowsNotFound()
    {
        await using var sut = CreateSut();

        var act = () => sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = "00uMissing" });

        await act.Should().ThrowAsync<ConnectorNotFoundException>();
        sut.Writes.Should().BeEmpty();
    }
}
