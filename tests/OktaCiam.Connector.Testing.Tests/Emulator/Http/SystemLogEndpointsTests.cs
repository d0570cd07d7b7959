using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace OktaCiam.Connector.Testing.Tests.Emulator.Http;

public sealed class SystemLogEndpointsTests
{
    [Fact]
    public async Task List_AfterApiWrites_ReturnsEventsWithActorTargetsAndRequestId()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var group = okta.Org.Fixtures["managed-group"];
        var user = okta.Org.ManagedUserIds()[1];
        var (put, _) = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/groups/{group}/users/{user}");

        var (_, events) = await client.GetJsonAsync("/api/v1/logs?filter=" + Uri.EscapeDataString("eventType eq \"group.user_membership.add\""));

        var e = events!.AsArray().Should().ContainSingle().Subject!;
        e["actor"]!["id"]!.GetValue<string>().Should().Be(okta.Org.TokenOwnerId);
        e["target"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()).Should().Equal(user, group);
        e["debugContext"]!["debugData"]!["requestId"]!.GetValue<string>().Should().Be(put.Header("X-Okta-Request-Id"));
        e["outcome"]!["result"]!.GetValue<string>().Should().Be("SUCCESS");
        e["uuid"]!.GetValue<string>().Should().MatchRegex("^[0-9a-f-]{36}$");
    }

    [Fact]
    public async Task List_Polling_AlwaysReturnsANextLinkThatPicksUpLaterEvents()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2032, 2, 2, 0, 0, 0, TimeSpan.Zero));
        await using var okta = await EmulatorHarness.StartAsync(configure: o => o.TimeProvider = clock);
        using var client = okta.Client();
        var since = Uri.EscapeDataString("2032-02-01T00:00:00.000Z");

        var empty = await client.GetAsync($"/api/v1/logs?since={since}&sortOrder=ASCENDING");
        var next = EmulatorHarness.NextLink(empty);
        clock.Advance(TimeSpan.FromSeconds(1));
        okta.Org.AddGroupMember(okta.Org.Fixtures["customer-group"], okta.Org.TokenOwnerId);
        var (later, laterBody) = await client.GetJsonAsync(next!);
        var afterThat = EmulatorHarness.NextLink(later);
        var (_, drained) = await client.GetJsonAsync(afterThat!);

        next.Should().NotBeNull();
        laterBody!.AsArray().Select(e => e!["eventType"]!.GetValue<string>()).Should().Equal("group.user_membership.add");
        afterThat.Should().NotBeNull().And.NotBe(next);
        drained!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task List_BoundedQuery_EndsWithoutNextLink()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        for (var i = 0; i < 5; i++)
        {
            okta.Org.AddUser($"log.user{i}@corp.example.com", managed: true);
        }

        var until = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(5).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
        var (items, pages) = await client.GetAllPagesAsync($"/api/v1/logs?until={until}&limit=2");

        items.Should().HaveCount(5);
        pages.Should().Be(3);
    }

    [Theory]
    [InlineData("/api/v1/logs?since=yesterday")]
    [InlineData("/api/v1/logs?sortOrder=SIDEWAYS")]
    public async Task List_BadParameters_Return400(string url)
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();

        var (response, _) = await client.GetJsonAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task List_BadFilter_Returns400E0000053()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();

        var (response, body) = await client.GetJsonAsync("/api/v1/logs?filter=" + Uri.EscapeDataString("nope eq \"x\""));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        body.ErrorCode().Should().Be("E0000053");
    }
}
