using OktaCiam.Connector.Abstractions;
using OktaCiam.Connector.Testing;

namespace OktaCiam.Connector.Tests.Provisioning;

/// <summary>The deprovisioner against the Okta emulator, asserting on the writes the emulator received.</summary>
public sealed partial class OktaUserDeprovisionerTests
{
    [Fact]
    public async Task Emulator_Deactivate_SendsOneDeactivationWithoutEmailAndRepeatsSendNone()
    {
        await using var sut = await EmulatedConnector.StartAsync();
        var user = sut.ManagedUser();

        var first = await sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = user });
        var second = await sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = user });

        first.Outcome.Should().Be(ProvisioningOutcome.Applied);
        first.FinalUserStatus.Should().Be(UserStatus.Deprovisioned);
        second.Outcome.Should().Be(ProvisioningOutcome.AlreadyInState);
        sut.Writes.Should().Equal($"POST /api/v1/users/{user}/lifecycle/deactivate?sendEmail=false");
        sut.Org.FindUser(user)!.Status.Should().Be("DEPROVISIONED");
    }

    [Fact]
    public async Task Emulator_Delete_DeactivatesThenDeletesWithOneDelete()
    {
        await using var sut = await EmulatedConnector.StartAsync(configure: o => o.Provisioning.AllowDelete = true);
        var user = sut.ManagedUser();

        var result = await sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = user, Delete = true });

        result.Outcome.Should().Be(ProvisioningOutcome.Applied);
        sut.Writes.Should().Equal(
            $"POST /api/v1/users/{user}/lifecycle/deactivate?sendEmail=false",
            $"DELETE /api/v1/users/{user}?sendEmail=false");
        sut.Org.FindUser(user).Should().BeNull();
    }

    [Fact]
    public async Task Emulator_DeleteOfADeprovisionedUser_SendsOnlyTheDelete()
    {
        await using var sut = await EmulatedConnector.StartAsync(configure: o => o.Provisioning.AllowDelete = true);
        var user = sut.Org.Fixtures["managed-deprovisioned"];

        await sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = user, Delete = true });

        sut.Writes.Should().Equal($"DELETE /api/v1/users/{user}?sendEmail=false");
        sut.Org.FindUser(user).Should().BeNull();
    }

    [Fact]
    public async Task Emulator_TokenOwner_IsRefusedWithoutAnyWrite()
    {
        await using var sut = await EmulatedConnector.StartAsync(configure: o => o.Provisioning.AllowDelete = true);

        var act = () => sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = sut.Org.TokenOwnerId, Delete = true });

        await act.Should().ThrowAsync<ConnectorPolicyRefusedException>();
        sut.Writes.Should().BeEmpty();
        sut.Org.FindUser(sut.Org.TokenOwnerId)!.Status.Should().Be("ACTIVE");
    }

    [Fact]
    public async Task Emulator_DryRun_SendsNothing()
    {
        await using var sut = await EmulatedConnector.StartAsync(configure: o => o.Provisioning.AllowDelete = true);
        var user = sut.ManagedUser();

        var result = await sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = user, Delete = true, DryRun = true });

        result.Outcome.Should().Be(ProvisioningOutcome.Planned);
        result.Actions.Should().HaveCount(2);
        sut.Writes.Should().BeEmpty();
        sut.Org.FindUser(user)!.Status.Should().Be("ACTIVE");
    }

    [Fact]
    public async Task Emulator_DeactivationConnectionDroppedAfterItTookEffect_RetriesAndEndsDeprovisioned()
    {
        await using var sut = await EmulatedConnector.StartAsync();
        var user = sut.ManagedUser();
        sut.Okta.Faults.Add(EmulatorFault.DropConnection(afterProcessing: true), "POST");

        var result = await sut.RunAsync(sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = user }));

        result.Outcome.Should().Be(ProvisioningOutcome.Applied);
        result.FinalUserStatus.Should().Be(UserStatus.Deprovisioned);
        sut.Org.FindUser(user)!.Status.Should().Be("DEPROVISIONED");
    }

    [Fact]
    public async Task Emulator_DeleteConnectionDroppedAfterItTookEffect_IsNotRepeatedAndReportsDeleted()
    {
        await using var sut = await EmulatedConnector.StartAsync(configure: o => o.Provisioning.AllowDelete = true);
        var user = sut.Org.Fixtures["managed-deprovisioned"];
        sut.Okta.Faults.Add(EmulatorFault.DropConnection(afterProcessing: true), "DELETE");

        var result = await sut.RunAsync(sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = user, Delete = true }));

        result.Outcome.Should().Be(ProvisioningOutcome.Applied);
        result.Detail.Should().Contain("deleted");
        sut.Writes.Should().Equal($"DELETE /api/v1/users/{user}?sendEmail=false");
        sut.Org.FindUser(user).Should().BeNull();
    }

    [Fact]
    public async Task Emulator_DeleteRejectedBy503_IsNotRepeatedAndLeavesTheUserDeprovisioned()
    {
        await using var sut = await EmulatedConnector.StartAsync(configure: o => o.Provisioning.AllowDelete = true);
        var user = sut.Org.Fixtures["managed-deprovisioned"];
        sut.Okta.Faults.Add(EmulatorFault.ServerError(503), "DELETE");

        var act = () => sut.RunAsync(sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = user, Delete = true }));

        await act.Should().ThrowAsync<ConnectorTransientException>();
        sut.Writes.Should().ContainSingle();
        sut.Org.FindUser(user)!.Status.Should().Be("DEPROVISIONED");

        (await sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = user, Delete = true })).Outcome.Should().Be(ProvisioningOutcome.Applied);
        sut.Org.FindUser(user).Should().BeNull();
    }

    [Fact]
    public async Task Emulator_RateLimitedDeactivation_WaitsAndApplies()
    {
        await using var sut = await EmulatedConnector.StartAsync();
        var user = sut.ManagedUser();
        sut.Okta.Faults.Add(EmulatorFault.TooManyRequests(TimeSpan.FromSeconds(2)), "POST");

        var result = await sut.RunAsync(sut.Deprovisioner.DeprovisionUserAsync(new UserDeprovisioning { UserId = user }));

        result.Outcome.Should().Be(ProvisioningOutcome.Applied);
        sut.Okta.Writes.Select(w => w.StatusCode).Should().Equal(429, 200);
    }
}
