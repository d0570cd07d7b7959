using System.Globalization;
using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace OktaCiam.Connector.Testing.Tests.Emulator.Http;

public sealed class RateLimiterTests
{
    private static readonly DateTimeOffset Start = new(2034, 4, 4, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Consume_DifferentEndpointsAndMethods_UseSeparateBuckets()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();

        await client.GetJsonAsync("/api/v1/users");
        var (list, _) = await client.GetJsonAsync("/api/v1/users");
        var (byId, _) = await client.GetJsonAsync("/api/v1/users/" + okta.Org.TokenOwnerId);
        var (me, _) = await client.GetJsonAsync("/api/v1/users/me");

        list.Header("X-Rate-Limit-Remaining").Should().Be("9998");
        byId.Header("X-Rate-Limit-Remaining").Should().Be("9999");
        me.Header("X-Rate-Limit-Remaining").Should().Be("9999");
        okta.Requests.Select(r => r.RateLimitBucket).Should().Equal("GET /api/v1/users", "GET /api/v1/users", "GET /api/v1/users/{id}", "GET /api/v1/users/me");
    }

    [Fact]
    public async Task Consume_BucketExhausted_Returns429E0000047WithoutRetryAfterUntilTheWindowResets()
    {
        var clock = new FakeTimeProvider(Start);
        await using var okta = await EmulatorHarness.StartAsync(configure: o =>
        {
            o.TimeProvider = clock;
            o.RateLimits["GET /api/v1/users"] = 2;
        });
        using var client = okta.Client();

        var (first, _) = await client.GetJsonAsync("/api/v1/users");
        await client.GetJsonAsync("/api/v1/users");
        clock.Advance(TimeSpan.FromSeconds(20));
        var (limited, body) = await client.GetJsonAsync("/api/v1/users");
        var (otherBucket, _) = await client.GetJsonAsync("/api/v1/groups");
        clock.Advance(TimeSpan.FromSeconds(40));
        var (afterReset, _) = await client.GetJsonAsync("/api/v1/users");

        first.Header("X-Rate-Limit-Limit").Should().Be("2");
        first.Header("X-Rate-Limit-Remaining").Should().Be("1");
        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        body.ErrorCode().Should().Be("E0000047");
        limited.Headers.RetryAfter.Should().BeNull();
        limited.Header("X-Rate-Limit-Remaining").Should().Be("0");
        limited.Header("X-Rate-Limit-Reset").Should().Be(Start.AddMinutes(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        limited.Headers.Date.Should().Be(Start.AddSeconds(20));
        otherBucket.StatusCode.Should().Be(HttpStatusCode.OK);
        afterReset.StatusCode.Should().Be(HttpStatusCode.OK);
        afterReset.Header("X-Rate-Limit-Remaining").Should().Be("1");
        afterReset.Header("X-Rate-Limit-Reset").Should().Be(Start.AddMinutes(2).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        okta.Requests[2].Handled.Should().BeFalse();
    }

    [Fact]
    public async Task SetRateLimit_AtRuntime_AppliesToTheBucket()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();

        okta.SetRateLimit("GET /api/v1/groups", 1);
        var (first, _) = await client.GetJsonAsync("/api/v1/groups");
        var (second, _) = await client.GetJsonAsync("/api/v1/groups");
        okta.ResetRateLimits();
        var (third, _) = await client.GetJsonAsync("/api/v1/groups");

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        second.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        third.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
