using System.Globalization;
using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace OktaCiam.Connector.Testing.Tests.Emulator;

public sealed class OktaEmulatorTests
{
    private static readonly DateTimeOffset Start = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task StartAsync_DefaultOptions_ServesUsersOnLoopback()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();

        var (response, body) = await client.GetJsonAsync("/api/v1/users");

        okta.BaseUrl.Host.Should().Be("127.0.0.1");
        okta.BaseUrl.Port.Should().BePositive();
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body!.AsArray().Should().NotBeEmpty();
    }

    [Fact]
    public async Task Response_AnyEndpoint_CarriesRequestIdDateFromClockAndRateLimitHeaders()
    {
        var clock = new FakeTimeProvider(Start);
        await using var okta = await EmulatorHarness.StartAsync(configure: o => o.TimeProvider = clock);
        using var client = okta.Client();

        var (response, _) = await client.GetJsonAsync("/api/v1/groups");

        response.Header("X-Okta-Request-Id").Should().MatchRegex("^[0-9A-Za-z-]{20,}$");
        response.Headers.Date.Should().Be(Start);
        response.Header("X-Rate-Limit-Limit").Should().Be("10000");
        response.Header("X-Rate-Limit-Remaining").Should().Be("9999");
        response.Header("X-Rate-Limit-Reset").Should().Be(Start.AddMinutes(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Request_WithoutToken_Returns401WithOktaErrorBody()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = okta.BaseUrl };

        var (response, body) = await client.GetJsonAsync("/api/v1/users");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        body.ErrorCode().Should().Be("E0000011");
        body!["errorSummary"]!.GetValue<string>().Should().Be("Invalid token provided");
        body["errorLink"]!.GetValue<string>().Should().Be("E0000011");
        body["errorId"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        body["errorCauses"]!.AsArray().Should().BeEmpty();
        response.Header("X-Rate-Limit-Remaining").Should().NotBeEmpty();
    }

    [Fact]
    public async Task Request_WithWrongToken_Returns401AndNoTokenIsRecorded()
    {
        await using var okta = await OktaEmulator.StartAsync();
        const string wrong = "00WrongTokenValue1234567890";
        using var client = okta.Client(wrong);

        var (response, body) = await client.GetJsonAsync("/api/v1/users/me");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        body.ErrorCode().Should().Be("E0000011");
        var request = okta.Requests.Should().ContainSingle().Subject;
        request.StatusCode.Should().Be(401);
        request.Handled.Should().BeFalse();
        request.ToString().Should().NotContain(wrong).And.NotContain(okta.ApiToken);
        request.PathAndQuery.Should().Be("/api/v1/users/me");
    }

    [Fact]
    public async Task Request_UnknownPathOrMethod_Returns404Or405()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();

        var (missing, missingBody) = await client.GetJsonAsync("/api/v1/nothing-here");
        var (wrongMethod, wrongBody) = await client.SendJsonAsync(HttpMethod.Patch, "/api/v1/users");

        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        missingBody.ErrorCode().Should().Be("E0000007");
        wrongMethod.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        wrongBody.ErrorCode().Should().Be("E0000022");
    }

    [Fact]
    public async Task Writes_SeveralRequests_AreRecordedInOrderWithBodies()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var group = okta.Org.Fixtures["managed-group"];
        var user = okta.Org.ManagedUserIds()[1];

        await client.GetJsonAsync("/api/v1/users/" + user);
        await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/groups/{group}/users/{user}");
        await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/users/{user}/roles", new { type = "REPORT_ADMIN" });
        await client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/groups/{group}/users/{user}");

        okta.Writes.Select(w => (w.Method, w.RateLimitBucket, w.StatusCode)).Should().Equal(
            ("PUT", "PUT /api/v1/groups/{id}/users/{userId}", 204),
            ("POST", "POST /api/v1/users/{id}/roles", 201),
            ("DELETE", "DELETE /api/v1/groups/{id}/users/{userId}", 204));
        okta.Writes[1].Body.Should().Contain("REPORT_ADMIN");
        okta.Writes.Should().OnlyContain(w => w.Handled && w.IsWrite);
        okta.Requests.Select(r => r.Sequence).Should().BeInAscendingOrder();
        okta.Requests.Should().HaveCount(4);
    }

    [Fact]
    public async Task ClearRequests_AfterTraffic_EmptiesTheLog()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        await client.GetJsonAsync("/api/v1/groups");

        okta.ClearRequests();

        okta.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task ApiToken_OwnerDeactivated_StopsWorking()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();

        okta.Org.SetUserStatus(okta.Org.TokenOwnerId, "DEPROVISIONED");
        var (response, body) = await client.GetJsonAsync("/api/v1/groups");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        body.ErrorCode().Should().Be("E0000011");
    }

    [Fact]
    public async Task ApiToken_OwnerIsReadOnlyAdmin_CanReadButNotWrite()
    {
        await using var okta = await EmulatorHarness.StartAsync(new OktaEmulatorSeed { TokenOwnerRole = "READ_ONLY_ADMIN" });
        using var client = okta.Client();
        var group = okta.Org.Fixtures["managed-group"];

        var (read, _) = await client.GetJsonAsync("/api/v1/groups/" + group);
        var (write, body) = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/groups/{group}/users/{okta.Org.TokenOwnerId}");

        read.StatusCode.Should().Be(HttpStatusCode.OK);
        write.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        body.ErrorCode().Should().Be("E0000006");
        okta.Writes.Should().ContainSingle().Which.Handled.Should().BeFalse();
    }

    [Fact]
    public async Task ApiToken_OwnerWithoutAdminRole_IsDeniedEverything()
    {
        await using var okta = await EmulatorHarness.StartAsync(new OktaEmulatorSeed { TokenOwnerRole = null, ManagedGroups = 0 });
        using var client = okta.Client();

        var (response, body) = await client.GetJsonAsync("/api/v1/users");

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        body.ErrorCode().Should().Be("E0000006");
    }

    [Theory]
    [InlineData("okta.users.read", "/api/v1/users")]
    [InlineData("okta.groups.read", "/api/v1/groups")]
    [InlineData("okta.roles.read", "/api/v1/iam/roles")]
    [InlineData("okta.schemas.read", "/api/v1/meta/schemas/user/default")]
    [InlineData("okta.logs.read", "/api/v1/logs")]
    public async Task DenyPermission_Scope_Returns403ForThatCapabilityOnly(string scope, string url)
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        okta.Org.DenyPermission(scope);

        var (denied, body) = await client.GetJsonAsync(url);
        var (other, _) = await client.GetJsonAsync(url == "/api/v1/groups" ? "/api/v1/users" : "/api/v1/groups");
        okta.Org.AllowPermission(scope);
        var (allowed, _) = await client.GetJsonAsync(url);

        denied.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        body.ErrorCode().Should().Be("E0000006");
        other.StatusCode.Should().Be(HttpStatusCode.OK);
        allowed.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task DenyPermission_GroupsManage_RefusesMembershipWritesButAllowsReads()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var group = okta.Org.Fixtures["managed-group"];
        okta.Org.DenyPermission("okta.groups.manage");

        var (write, _) = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/groups/{group}/users/{okta.Org.TokenOwnerId}");
        var (read, _) = await client.GetJsonAsync($"/api/v1/groups/{group}/users");

        write.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        read.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task StartAsync_GivenApiToken_AcceptsIt()
    {
        await using var okta = await EmulatorHarness.StartAsync(configure: o => o.ApiToken = "00demo-token-for-the-cli");
        using var client = okta.Client("00demo-token-for-the-cli");

        var (response, _) = await client.GetJsonAsync("/api/v1/users/me");

        okta.ApiToken.Should().Be("00demo-token-for-the-cli");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task StartAsync_InvalidOptions_ThrowsWithAClearMessage()
    {
        var act = () => EmulatorHarness.StartAsync(configure: o => o.ManagedAttribute = "not valid!");

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*ManagedAttribute*");
    }

    [Fact]
    public async Task DisposeAsync_WhileARequestWaitsOnALatencyFault_CompletesAndAbortsIt()
    {
        var clock = new FakeTimeProvider(Start);
        var okta = await EmulatorHarness.StartAsync(configure: o => o.TimeProvider = clock);
        using var client = okta.Client();
        okta.Faults.Add(EmulatorFault.Latency(TimeSpan.FromHours(1)));
        var pending = client.GetAsync("/api/v1/users");
        await WaitUntilAsync(() => okta.Requests.Count == 1);

        await okta.DisposeAsync();

        await pending.Invoking(p => p).Should().ThrowAsync<HttpRequestException>();
    }

    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Yield();
            await Task.Delay(10, TestContext.Cancellation);
        }

        condition().Should().BeTrue();
    }
}
