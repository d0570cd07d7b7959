using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace OktaCiam.Connector.Testing.Tests.Emulator;

public sealed class EmulatorFaultsTests
{
    private static readonly DateTimeOffset Start = new(2035, 5, 5, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TooManyRequests_FiresOnceWithExhaustedHeadersThenPasses()
    {
        var clock = new FakeTimeProvider(Start);
        await using var okta = await EmulatorHarness.StartAsync(configure: o => o.TimeProvider = clock);
        using var client = okta.Client();
        var rule = okta.Faults.Add(EmulatorFault.TooManyRequests(TimeSpan.FromSeconds(30)), "GET", "/api/v1/users");

        var (limited, body) = await client.GetJsonAsync("/api/v1/users");
        var (next, _) = await client.GetJsonAsync("/api/v1/users");

        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        body.ErrorCode().Should().Be("E0000047");
        limited.Headers.RetryAfter.Should().BeNull();
        limited.Header("X-Rate-Limit-Remaining").Should().Be("0");
        limited.Header("X-Rate-Limit-Reset").Should().Be(Start.AddSeconds(30).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        limited.Headers.Date.Should().Be(Start);
        next.StatusCode.Should().Be(HttpStatusCode.OK);
        rule.Matched.Should().Be(2);
        rule.Fired.Should().Be(1);
        okta.Requests[0].Fault.Should().Be(EmulatorFaultKind.TooManyRequests);
        okta.Requests[1].Fault.Should().BeNull();
    }

    [Fact]
    public async Task Add_SkipAndTimes_FailTheChosenRequestsOnly()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        okta.Faults.Add(EmulatorFault.ServerError(503), "GET", "/api/v1/groups*", skip: 2, times: 2);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await client.GetAsync(i % 2 == 0 ? "/api/v1/groups" : "/api/v1/groups?limit=1")).StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Add_PathPatternAndMethod_OnlyMatchingRequestsFail()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var group = okta.Org.Fixtures["managed-group"];
        okta.Faults.Add(EmulatorFault.ServerError(), "PUT", "/api/v1/groups/*/users/*", times: int.MaxValue);

        var (read, _) = await client.GetJsonAsync($"/api/v1/groups/{group}/users");
        var (write, body) = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/groups/{group}/users/{okta.Org.TokenOwnerId}");
        var (again, _) = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/groups/{group}/users/{okta.Org.TokenOwnerId}");

        read.StatusCode.Should().Be(HttpStatusCode.OK);
        write.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        body.ErrorCode().Should().Be("E0000009");
        again.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        okta.Org.SystemLogEventTypes().Should().BeEmpty("the write never happened");
    }

    [Fact]
    public async Task ServerError_Gateway503_HasAnHtmlBody()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        okta.Faults.Add(EmulatorFault.ServerError(503));

        var response = await client.GetAsync("/api/v1/users");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync()).Should().StartWith("<html>");
    }

    [Fact]
    public async Task ErrorResponse_ConcurrentRoleChange_Returns409E0000268WithoutAssigning()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var user = okta.Org.ManagedUserIds()[1];
        okta.Faults.Add(EmulatorFault.ErrorResponse(409, "E0000268", "Another request is making changes to the role assignments. Please try again."), "POST", "/api/v1/users/*/roles");
        var before = okta.Org.GetUserRoles(user).Count;

        var (conflict, body) = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/users/{user}/roles", new { type = "REPORT_ADMIN" });
        var (retry, _) = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/users/{user}/roles", new { type = "REPORT_ADMIN" });

        conflict.StatusCode.Should().Be(HttpStatusCode.Conflict);
        body.ErrorCode().Should().Be("E0000268");
        retry.StatusCode.Should().Be(HttpStatusCode.Created);
        okta.Org.GetUserRoles(user).Should().HaveCount(before + 1);
    }

    [Fact]
    public async Task Latency_HoldsTheRequestUntilTheEmulatorClockAdvances()
    {
        var clock = new FakeTimeProvider(Start);
        await using var okta = await EmulatorHarness.StartAsync(configure: o => o.TimeProvider = clock);
        using var client = okta.Client();
        okta.Faults.Add(EmulatorFault.Latency(TimeSpan.FromSeconds(30)), "GET", "/api/v1/users");

        var pending = client.GetAsync("/api/v1/users");
        await OktaEmulatorTests.WaitUntilAsync(() => okta.Requests.Count == 1);
        await Task.Delay(50);
        var heldBack = !pending.IsCompleted;
        for (var i = 0; i < 500 && !pending.IsCompleted; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(30));
            await Task.Delay(5);
        }

        var response = await pending;

        heldBack.Should().BeTrue();
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        okta.Requests[0].Fault.Should().Be(EmulatorFaultKind.Latency);
    }

    [Fact]
    public async Task ConcurrencyLimit_RequestsBeyondIt_Get429AndThePeakIsRecorded()
    {
        var clock = new FakeTimeProvider(Start);
        await using var okta = await EmulatorHarness.StartAsync(configure: o =>
        {
            o.TimeProvider = clock;
            o.ConcurrencyLimit = 2;
        });
        using var client = okta.Client();
        okta.Faults.Add(EmulatorFault.Latency(TimeSpan.FromSeconds(5)), "GET", "/api/v1/groups", times: 2);

        var held = new[] { client.GetAsync("/api/v1/groups"), client.GetAsync("/api/v1/groups") };
        await OktaEmulatorTests.WaitUntilAsync(() => okta.Requests.Count == 2);
        var (third, body) = await client.GetJsonAsync("/api/v1/users");
        for (var i = 0; i < 500 && !held.All(t => t.IsCompleted); i++)
        {
            clock.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(5);
        }

        var released = await Task.WhenAll(held);

        third.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        body.ErrorCode().Should().Be("E0000047");
        released.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.OK);
        okta.PeakConcurrentRequests.Should().Be(3);
        okta.ClearRequests();
        okta.PeakConcurrentRequests.Should().Be(0);
    }

    [Fact]
    public async Task TruncatedBody_IsACompleteResponseWithBrokenJson()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        okta.Faults.Add(EmulatorFault.TruncatedBody(0.4), "GET", "/api/v1/users");

        var response = await client.GetAsync("/api/v1/users");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var full = await client.GetByteArrayAsync("/api/v1/users");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentLength.Should().Be(bytes.Length);
        bytes.Length.Should().Be((int)(full.Length * 0.4));
        var parse = () => JsonDocument.Parse(bytes);
        parse.Should().Throw<JsonException>();
    }

    [Fact]
    public async Task DropConnection_ClientSeesANetworkErrorAndTheLogShowsStatusZero()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        okta.Faults.Add(EmulatorFault.DropConnection(), "GET", "/api/v1/groups");

        var act = () => client.GetAsync("/api/v1/groups");

        await act.Should().ThrowAsync<HttpRequestException>();
        var (after, _) = await client.GetJsonAsync("/api/v1/groups");
        after.StatusCode.Should().Be(HttpStatusCode.OK);
        okta.Requests[0].StatusCode.Should().Be(0);
        okta.Requests[0].Fault.Should().Be(EmulatorFaultKind.DropConnection);
        okta.Requests[0].Handled.Should().BeFalse();
    }

    [Fact]
    public async Task DropConnection_AfterProcessing_AppliesTheWriteButTheClientNeverHears()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var group = okta.Org.Fixtures["customer-group"];
        var user = okta.Org.TokenOwnerId;
        okta.Faults.Add(EmulatorFault.DropConnection(afterProcessing: true), "PUT");

        var act = () => client.SendJsonAsync(HttpMethod.Put, $"/api/v1/groups/{group}/users/{user}");

        await act.Should().ThrowAsync<HttpRequestException>();
        okta.Org.GetGroupMemberIds(group).Should().Contain(user);
        okta.Writes.Should().ContainSingle().Which.Handled.Should().BeTrue();
    }

    [Fact]
    public async Task CloseConnection_EndsTheConnectionCleanlySoTheHttpStackResendsABodylessRequest()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        okta.Faults.Add(EmulatorFault.CloseConnection(), "GET", "/api/v1/groups");

        // A clean close (not a reset) is what SocketsHttpHandler retries by itself for a request without a body.
        var (response, _) = await client.GetJsonAsync("/api/v1/groups");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        okta.Requests.Select(r => (r.StatusCode, r.Fault)).Should().Equal((0, EmulatorFaultKind.CloseConnection), (200, (EmulatorFaultKind?)null));
    }

    [Fact]
    public async Task CloseConnection_AfterProcessing_WithABody_AppliesTheWriteAndTheClientSeesTheConnectionEnd()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var group = okta.Org.Fixtures["customer-group"];
        var user = okta.Org.TokenOwnerId;
        okta.Faults.Add(EmulatorFault.CloseConnection(afterProcessing: true), "PUT");

        var act = () => client.SendJsonAsync(HttpMethod.Put, $"/api/v1/groups/{group}/users/{user}");

        (await act.Should().ThrowAsync<HttpRequestException>()).Which.HttpRequestError.Should().Be(HttpRequestError.ResponseEnded);
        okta.Org.GetGroupMemberIds(group).Should().Contain(user);
        okta.Writes.Should().ContainSingle().Which.Fault.Should().Be(EmulatorFaultKind.CloseConnection);
    }

    [Fact]
    public async Task ServerError_AfterProcessing_AppliesTheWriteButAnswers500()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var user = okta.Org.ManagedUserIds()[2];
        okta.Faults.Add(EmulatorFault.ServerError(500, afterProcessing: true), "POST");

        var (response, _) = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/users/{user}/lifecycle/deactivate?sendEmail=false");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        okta.Org.FindUser(user)!.Status.Should().Be("DEPROVISIONED");
    }

    [Fact]
    public async Task RemoveAndClear_StopTheFaults()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var rule = okta.Faults.Add(EmulatorFault.ServerError(), times: int.MaxValue);
        okta.Faults.Add(EmulatorFault.ServerError(502), "DELETE", times: int.MaxValue);
        okta.Faults.NextLinkBaseUrl = new Uri("https://elsewhere.example/");

        var (failing, _) = await client.GetJsonAsync("/api/v1/groups");
        rule.Remove();
        var (passing, _) = await client.GetJsonAsync("/api/v1/groups");
        okta.Faults.Clear();

        failing.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        passing.StatusCode.Should().Be(HttpStatusCode.OK);
        okta.Faults.Rules.Should().BeEmpty();
        okta.Faults.NextLinkBaseUrl.Should().BeNull();
    }

    [Fact]
    public void Factories_InvalidArguments_Throw()
    {
        FluentActions.Invoking(() => EmulatorFault.ServerError(404)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => EmulatorFault.TruncatedBody(1.0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => EmulatorFault.Latency(TimeSpan.FromSeconds(-1))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => EmulatorFault.ErrorResponse(200, "E0000001", "x")).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new EmulatorFaults().Add(EmulatorFault.ServerError(), times: 0)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
