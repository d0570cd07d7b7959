using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace OktaCiam.Connector.Tests.Okta;

public sealed class OktaRateLimiterTests
{
    private const string Bucket = "GET /api/v1/users";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Reserve_UnknownBucket_DoesNotPause() =>
        CreateSut(0.1).Reserve(Bucket).Should().Be(TimeSpan.Zero);

    [Fact]
    public void Reserve_AboveTheHeadroom_TakesOneWithoutPausing()
    {
        var sut = CreateSut(0.1);
        sut.Update(Bucket, Response(limit: 100, remaining: 12, resetIn: 30));

        sut.Reserve(Bucket).Should().Be(TimeSpan.Zero);
        sut.Reserve(Bucket).Should().Be(TimeSpan.Zero);
        sut.Reserve(Bucket).Should().Be(TimeSpan.FromSeconds(30), "two were taken locally, leaving the 10 reserved for others");
    }

    [Fact]
    public void Reserve_NoHeadroom_SpendsTheBucketToZero()
    {
        var sut = CreateSut(0);
        sut.Update(Bucket, Response(limit: 100, remaining: 1, resetIn: 20));

        sut.Reserve(Bucket).Should().Be(TimeSpan.Zero);
        sut.Reserve(Bucket).Should().Be(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void Snapshot_ListsBucketsOfTheCurrentWindowWithLocallyTakenRequests()
    {
        var sut = CreateSut(0.1);
        sut.Update(Bucket, Response(limit: 100, remaining: 40, resetIn: 30));
        sut.Update("GET /api/v1/groups", Response(limit: 50, remaining: 5, resetIn: 10));
        sut.Reserve(Bucket);

        sut.Snapshot().Select(b => (b.Bucket, b.Limit, b.Remaining)).Should().BeEquivalentTo([(Bucket, 100L, 39L), ("GET /api/v1/groups", 50L, 5L)]);

        _time.Advance(TimeSpan.FromSeconds(10));

        sut.Snapshot().Should().ContainSingle().Which.Bucket.Should().Be(Bucket);
    }

    [Fact]
    public void Reserve_AfterTheReset_DoesNotPause()
    {
        var sut = CreateSut(0.1);
        sut.Update(Bucket, Response(limit: 100, remaining: 0, resetIn: 20));

        _time.Advance(TimeSpan.FromSeconds(20));

        sut.Reserve(Bucket).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void Reserve_ResetFarAway_PausesAtMostTheCap()
    {
        var sut = CreateSut(0.1, maxPause: TimeSpan.FromSeconds(5));
        sut.Update(Bucket, Response(limit: 100, remaining: 0, resetIn: 3600));

        sut.Reserve(Bucket).Should().Be(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Update_TooManyRequests_EmptiesTheBucket()
    {
        var sut = CreateSut(0);
        var response = Response(limit: 100, remaining: 50, resetIn: 10);
        response.StatusCode = HttpStatusCode.TooManyRequests;

        sut.Update(Bucket, response);

        sut.Reserve(Bucket).Should().Be(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Update_SameWindowWithAHigherCount_KeepsTheLowerLocalCount()
    {
        var sut = CreateSut(0);
        sut.Update(Bucket, Response(limit: 100, remaining: 1, resetIn: 30));
        sut.Reserve(Bucket);

        sut.Update(Bucket, Response(limit: 100, remaining: 1, resetIn: 30));

        sut.Reserve(Bucket).Should().BePositive("a response that left before our last reservation must not give it back");
    }

    [Fact]
    public void Update_ServerClockSkewed_MeasuresTheResetAgainstTheServerDate()
    {
        var sut = CreateSut(0);
        var serverNow = _time.GetUtcNow().AddMinutes(-7);

        sut.Update(Bucket, OktaResponses.Json("[]").WithRateLimit(100, 0, serverNow.AddSeconds(15), serverNow));

        sut.Reserve(Bucket).Should().Be(TimeSpan.FromSeconds(15));
    }

    [Fact]
    public void Update_BucketsAreSeparate()
    {
        var sut = CreateSut(0);
        sut.Update(Bucket, Response(limit: 100, remaining: 0, resetIn: 30));

        sut.Reserve("GET /api/v1/users/{id}").Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void Update_WithoutHeaders_ChangesNothing()
    {
        var sut = CreateSut(0);

        sut.Update(Bucket, OktaResponses.Json("[]"));

        sut.Reserve(Bucket).Should().Be(TimeSpan.Zero);
    }

    private OktaRateLimiter CreateSut(double headroom, TimeSpan? maxPause = null) => new(_time, headroom, maxPause ?? TimeSpan.FromMinutes(2));

    private HttpResponseMessage Response(long limit, long remaining, int resetIn)
    {
        var now = _time.GetUtcNow();
        return OktaResponses.Json("[]").WithRateLimit(limit, remaining, now.AddSeconds(resetIn), now);
    }
}
