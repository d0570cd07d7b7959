namespace OktaCiam.Connector.Tests.Okta;

public sealed class OktaApiStatsTests
{
    [Fact]
    public void Snapshot_Difference_IsTheCallsOfOneRun()
    {
        var stats = new OktaApiStats();
        stats.RecordRequest(tokenEndpoint: true);
        stats.RecordResponse(200);
        var before = stats.Snapshot();

        stats.RecordRequest(tokenEndpoint: false);
        stats.RecordResponse(429);
        stats.RecordRequest(tokenEndpoint: false);
        stats.RecordResponse(503);
        stats.RecordPause();

        (stats.Snapshot() - before).Should().Be(new OktaApiCallCounts(RequestsSent: 2, RateLimited: 1, ServerErrors: 1, TokenRequests: 0, RateLimitPauses: 1));
        stats.TokenRequests.Should().Be(1);
    }
}
