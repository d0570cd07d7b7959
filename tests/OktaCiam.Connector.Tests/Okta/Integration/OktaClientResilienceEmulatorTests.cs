using OktaCiam.Connector.Abstractions;
using OktaCiam.Connector.Testing;

namespace OktaCiam.Connector.Tests.Okta.Integration;

/// <summary>Rate limits, server errors, dropped connections, timeouts, truncated bodies and bad credentials, injected by the emulator over real loopback HTTP.</summary>
/// <remarks>The emulator and the client share one fake clock; retry waits elapse by moving it (<see cref="EmulatorFixture.RunAsync{T}"/>), never by sleeping.</remarks>
public sealed class OktaClientResilienceEmulatorTests : IClassFixture<ResilienceEmulatorFixture>
{
    private readonly ResilienceEmulatorFixture _fixture;

    public OktaClientResilienceEmulatorTests(ResilienceEmulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Reset();
    }

    private OktaEmulator Emulator => _fixture.Emulator;

    [Fact]
    public async Task ListUsersAsync_429_WaitsUntilTheResetMeasuredOnTheServerClock()
    {
        _fixture.AlignClockToSecond();
        Emulator.Faults.Add(EmulatorFault.TooManyRequests(TimeSpan.FromSeconds(10)), "GET", "/api/v1/users");
        await using var okta = Client();

        // The clock stays on the whole second until the 429 is answered, so its Date and Reset are exact.
        var page = await _fixture.RunAsync(okta.Client.ListUsersAsync(new OktaUserQuery { Limit = 10 }, OktaJsonReaders.Users), canAdvance: AfterFirstAnswer);

        page.Items.Should().HaveCount(10);
        var requests = Emulator.Requests;
        requests.Select(r => r.StatusCode).Should().Equal(429, 200);
        // Reset − Date = 10 s, plus the 1 s margin and up to 1 s of jitter.
        (requests[1].Timestamp - requests[0].Timestamp).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(11));
        var retry = okta.Logs.GetSnapshot().Single(r => r.Id.Name == "OktaRetry");
        TimeSpan.Parse(retry.GetStructuredStateValue("Delay")!, System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(11)).And.BeLessThan(TimeSpan.FromSeconds(12));
        okta.Stats.RateLimited.Should().Be(1);
    }

    [Fact]
    public async Task GetGroupAsync_429ResettingBeyondMaxRetryDelay_FailsAtOnceWithTheWait()
    {
        _fixture.AlignClockToSecond();
        Emulator.Faults.Add(EmulatorFault.TooManyRequests(TimeSpan.FromMinutes(5)), "GET", "/api/v1/groups/*");
        await using var okta = Client();

        var act = () => okta.Client.GetGroupAsync(Emulator.Org.Fixtures["managed-group"]).Within();

        // No clock movement: a wait beyond Http:MaxRetryDelay is handed to the caller instead.
        var error = (await act.Should().ThrowAsync<ConnectorRateLimitedException>()).Which;
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(301));
        error.ErrorCode.Should().Be("E0000047");
        error.RequestId.Should().Be(Emulator.Requests.Single().RequestId);
    }

    [Fact]
    public async Task DeleteUserAsync_429_IsRetriedBecauseOktaDidNotAct()
    {
        var userId = _fixture.NewManagedUser();
        Emulator.Faults.Add(EmulatorFault.TooManyRequests(TimeSpan.FromSeconds(2)), "DELETE", "/api/v1/users/*");
        await using var okta = Client();

        await _fixture.RunAsync(okta.Client.DeleteUserAsync(userId));

        Emulator.Writes.Select(w => (w.StatusCode, w.Handled)).Should().Equal((429, false), (204, true));
        Emulator.Org.FindUser(userId)!.Status.Should().Be("DEPROVISIONED");
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task GetGroupAsync_ServerErrors_AreRetried(int status)
    {
        var groupId = Emulator.Org.Fixtures["managed-group"];
        Emulator.Faults.Add(EmulatorFault.ServerError(status), "GET", "/api/v1/groups/*", times: 2);
        await using var okta = Client();

        var group = await _fixture.RunAsync(okta.Client.GetGroupAsync(groupId));

        group!.Id.Should().Be(groupId);
        Emulator.Requests.Select(r => r.StatusCode).Should().Equal(status, status, 200);
    }

    [Fact]
    public async Task GetGroupAsync_ServerErrorsBeyondTheRetries_FailsAfterExactlyTheConfiguredAttempts()
    {
        Emulator.Faults.Add(EmulatorFault.ServerError(500), "GET", "/api/v1/groups/*", times: int.MaxValue);
        await using var okta = Client(o => o.Http.MaxRetryAttempts = 2);

        var act = () => _fixture.RunAsync(okta.Client.GetGroupAsync(Emulator.Org.Fixtures["managed-group"]));

        var error = (await act.Should().ThrowAsync<ConnectorTransientException>()).Which;
        error.StatusCode.Should().Be(500);
        Emulator.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task DeleteUserAsync_ServerErrorAfterOktaActed_IsNotRetried()
    {
        var userId = _fixture.NewManagedUser();
        Emulator.Faults.Add(EmulatorFault.ServerError(500, afterProcessing: true), "DELETE", "/api/v1/users/*");
        await using var okta = Client();

        var act = () => _fixture.RunAsync(okta.Client.DeleteUserAsync(userId));

        await act.Should().ThrowAsync<ConnectorTransientException>();
        Emulator.Writes.Should().ContainSingle();
        Emulator.Org.FindUser(userId)!.Status.Should().Be("DEPROVISIONED", "one DELETE deactivates; a second would have deleted the user");
    }

    [Fact]
    public async Task AddGroupMemberAsync_ServerError_IsRetriedBecauseMembershipIsASet()
    {
        var userId = _fixture.NewManagedUser();
        var groupId = Emulator.Org.Fixtures["managed-group"];
        Emulator.Faults.Add(EmulatorFault.ServerError(500, afterProcessing: true), "PUT", "/api/v1/groups/*");
        await using var okta = Client();

        await _fixture.RunAsync(okta.Client.AddGroupMemberAsync(groupId, userId));

        Emulator.Writes.Select(w => w.StatusCode).Should().Equal(500, 204);
        Emulator.Org.GetGroupMemberIds(groupId).Should().Contain(userId);
    }

    [Fact]
    public async Task AssignUserRoleAsync_ServerErrorAfterOktaActed_RetryReportsAlreadyAssigned()
    {
        var userId = _fixture.NewManagedUser();
        Emulator.Faults.Add(EmulatorFault.ServerError(500, afterProcessing: true), "POST", "/api/v1/users/*/roles");
        await using var okta = Client();

        var result = await _fixture.RunAsync(okta.Client.AssignUserRoleAsync(userId, OktaRoleAssignmentRequest.Standard("READ_ONLY_ADMIN")));

        result.AlreadyAssigned.Should().BeTrue();
        Emulator.Writes.Select(w => w.StatusCode).Should().Equal(500, 409);
        Emulator.Org.GetUserRoles(userId).Should().ContainSingle();
    }

    [Fact]
    public async Task AssignUserRoleAsync_ConcurrentChangeConflict_IsRetried()
    {
        var userId = _fixture.NewManagedUser();
        Emulator.Faults.Add(
            EmulatorFault.ErrorResponse(409, "E0000268", "Another request is making changes to the role assignments. Please try again."), "POST", "/api/v1/users/*/roles");
        await using var okta = Client();

        var result = await _fixture.RunAsync(okta.Client.AssignUserRoleAsync(userId, OktaRoleAssignmentRequest.Standard("READ_ONLY_ADMIN")));

        result.AlreadyAssigned.Should().BeFalse();
        result.Assignment!.Type.Should().Be("READ_ONLY_ADMIN");
        Emulator.Writes.Select(w => w.StatusCode).Should().Equal(409, 201);
    }

    [Fact]
    public async Task GetGroupAsync_DroppedConnection_IsRetried()
    {
        var groupId = Emulator.Org.Fixtures["managed-group"];
        Emulator.Faults.Add(EmulatorFault.DropConnection(), "GET", "/api/v1/groups/*");
        await using var okta = Client();

        var group = await _fixture.RunAsync(okta.Client.GetGroupAsync(groupId));

        group!.Id.Should().Be(groupId);
        Emulator.Requests.Select(r => r.StatusCode).Should().Equal(0, 200);
    }

    [Fact]
    public async Task ListUsersAsync_ConnectionDroppedOnEveryAttempt_FailsAfterExactlyTheConfiguredAttempts()
    {
        Emulator.Faults.Add(EmulatorFault.DropConnection(), "GET", "/api/v1/users", times: int.MaxValue);
        await using var okta = Client(o => o.Http.MaxRetryAttempts = 2);

        var act = () => _fixture.RunAsync(okta.Client.ListUsersAsync(new OktaUserQuery(), OktaJsonReaders.Users));

        await act.Should().ThrowAsync<ConnectorTransientException>();
        Emulator.Requests.Should().HaveCount(3);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DeleteUserAsync_DroppedConnection_IsNeverSentAgain(bool afterProcessing)
    {
        var userId = _fixture.NewManagedUser();
        Emulator.Faults.Add(EmulatorFault.DropConnection(afterProcessing), "DELETE", "/api/v1/users/*");
        await using var okta = Client();

        var act = () => _fixture.RunAsync(okta.Client.DeleteUserAsync(userId));

        await act.Should().ThrowAsync<ConnectorTransientException>();
        Emulator.Writes.Should().ContainSingle();
        Emulator.Org.FindUser(userId)!.Status.Should().Be(afterProcessing ? "DEPROVISIONED" : "ACTIVE");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DeleteUserAsync_ConnectionClosedWithoutAnswer_IsNeverSentAgain(bool afterProcessing)
    {
        // A clean close (FIN) rather than a reset: SocketsHttpHandler would resend a body-less DELETE by itself, deleting a deactivated user.
        var userId = _fixture.NewManagedUser();
        Emulator.Faults.Add(EmulatorFault.CloseConnection(afterProcessing), "DELETE", "/api/v1/users/*");
        await using var okta = Client();

        var act = () => _fixture.RunAsync(okta.Client.DeleteUserAsync(userId));

        await act.Should().ThrowAsync<ConnectorTransientException>();
        Emulator.Writes.Should().ContainSingle();
        Emulator.Org.FindUser(userId)!.Status.Should().Be(afterProcessing ? "DEPROVISIONED" : "ACTIVE");
    }

    [Fact]
    public async Task GetGroupAsync_ConnectionClosedWithoutAnswer_IsRetried()
    {
        var groupId = Emulator.Org.Fixtures["managed-group"];
        Emulator.Faults.Add(EmulatorFault.CloseConnection(), "GET", "/api/v1/groups/*");
        await using var okta = Client();

        var group = await _fixture.RunAsync(okta.Client.GetGroupAsync(groupId));

        group!.Id.Should().Be(groupId);
        Emulator.Requests.Select(r => r.StatusCode).Should().Equal(0, 200);
    }

    [Fact]
    public async Task GetGroupAsync_NoAnswerWithinTheRequestTimeout_IsRetried()
    {
        var groupId = Emulator.Org.Fixtures["managed-group"];
        Emulator.Faults.Add(EmulatorFault.Latency(TimeSpan.FromHours(1)), "GET", "/api/v1/groups/*");
        await using var okta = Client(o => o.Http.RequestTimeout = TimeSpan.FromSeconds(10));

        // Stop moving the clock once the retry is in, so it cannot time out as well.
        var group = await _fixture.RunAsync(okta.Client.GetGroupAsync(groupId), canAdvance: () => Emulator.Requests.Count < 2);

        group!.Id.Should().Be(groupId);
        Emulator.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task DeleteUserAsync_NoAnswerWithinTheRequestTimeout_IsNotRetried()
    {
        var userId = _fixture.NewManagedUser();
        Emulator.Faults.Add(EmulatorFault.Latency(TimeSpan.FromHours(1)), "DELETE", "/api/v1/users/*");
        await using var okta = Client(o => o.Http.RequestTimeout = TimeSpan.FromSeconds(10));

        var act = () => _fixture.RunAsync(okta.Client.DeleteUserAsync(userId), canAdvance: () => Emulator.Writes.Count < 2);

        await act.Should().ThrowAsync<ConnectorTransientException>();
        Emulator.Writes.Should().ContainSingle();
    }

    [Fact]
    public async Task ListUsersAsync_TruncatedBody_IsAProtocolErrorAndNotRetried()
    {
        Emulator.Faults.Add(EmulatorFault.TruncatedBody(0.6), "GET", "/api/v1/users");
        await using var okta = Client();

        var act = () => okta.Client.ListUsersAsync(new OktaUserQuery { Limit = 50 }, OktaJsonReaders.Users).Within();

        var error = (await act.Should().ThrowAsync<ConnectorProtocolException>()).Which;
        error.RequestId.Should().Be(Emulator.Requests.Single().RequestId);
    }

    [Fact]
    public async Task GetAllAsync_SecondPageTruncated_FailsInsteadOfEndingTheList()
    {
        Emulator.Faults.Add(EmulatorFault.TruncatedBody(0.5), "GET", "/api/v1/users", skip: 1);
        await using var okta = Client();
        var read = 0;

        var act = async () =>
        {
            await foreach (var _ in okta.Client.GetAllAsync("/api/v1/users?limit=10", OktaJsonReaders.Users))
            {
                read++;
            }
        };

        await act.Should().ThrowAsync<ConnectorProtocolException>();
        read.Should().Be(10);
        Emulator.Requests.Should().HaveCount(2);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(0.95)]
    public async Task ListCustomRolesAsync_TruncatedBody_IsAProtocolError(double kept)
    {
        Emulator.Faults.Add(EmulatorFault.TruncatedBody(kept), "GET", "/api/v1/iam/roles");
        await using var okta = Client();

        var act = () => okta.Client.ListCustomRolesAsync().ToListAsync().AsTask().Within();

        await act.Should().ThrowAsync<ConnectorProtocolException>();
    }

    [Fact]
    public async Task GetUserAsync_BadApiToken_IsUnauthenticatedWithoutTheToken()
    {
        const string BadToken = "00WrongTokenThatMustNeverBeEchoed0123456789";
        await using var okta = Client(o => o.ApiToken = BadToken);

        var act = () => okta.Client.GetUserAsync(Emulator.Org.ManagedUserIds()[0]).Within();

        var error = (await act.Should().ThrowAsync<ConnectorUnauthenticatedException>()).Which;
        error.StatusCode.Should().Be(401);
        error.ErrorCode.Should().Be("E0000011");
        error.RequestId.Should().Be(Emulator.Requests.Single().RequestId);
        foreach (var text in new[] { error.Message, error.ToString(), okta.AllLogText() })
        {
            text.Should().NotContain(BadToken).And.NotContain(Emulator.ApiToken).And.NotContain("SSWS ");
        }
    }

    [Fact]
    public async Task GetGroupAsync_PermissionDenied_IsPermissionDeniedAndNotRetried()
    {
        Emulator.Org.DenyPermission("okta.groups.read");
        try
        {
            await using var okta = Client();

            var act = () => okta.Client.GetGroupAsync(Emulator.Org.Fixtures["managed-group"]).Within();

            (await act.Should().ThrowAsync<ConnectorPermissionDeniedException>()).Which.ErrorCode.Should().Be("E0000006");
            Emulator.Requests.Should().ContainSingle();
        }
        finally
        {
            Emulator.Org.AllowPermission("okta.groups.read");
        }
    }

    [Fact]
    public async Task GetUserAsync_ManyCallsAtOnce_NeverExceedTheConcurrencyCap()
    {
        // Each request is held on the fake clock, so requests pile up at the emulator unless the client holds them back.
        Emulator.Faults.Add(EmulatorFault.Latency(TimeSpan.FromSeconds(1)), "GET", "/api/v1/users/*", times: int.MaxValue);
        await using var okta = Client(o => o.Http.MaxConcurrentRequests = 3);
        var ids = Emulator.Org.ManagedUserIds().Take(12).ToList();

        var all = Task.WhenAll(ids.Select(id => okta.Client.GetUserAsync(id)));
        await Eventually.UntilAsync(() => Emulator.Requests.Count >= 3, "three requests to be held by the emulator");
        var users = await _fixture.RunAsync(all, step: TimeSpan.FromMilliseconds(250));

        users.Select(u => u!.Id).Should().Equal(ids);
        Emulator.PeakConcurrentRequests.Should().Be(3);
        Emulator.Requests.Should().HaveCount(12);
    }

    private bool AfterFirstAnswer() => Emulator.Requests is [{ StatusCode: not 0 }, ..] requests && requests.All(r => r.StatusCode != 0);

    private EmulatorClient Client(Action<OktaCiamOptions>? configure = null) => _fixture.CreateClient(o =>
    {
        // Attempt timeouts are not under test here: keep them far beyond the clock steps that release retry waits.
        o.Http.RequestTimeout = TimeSpan.FromMinutes(5);
        configure?.Invoke(o);
    });
}
