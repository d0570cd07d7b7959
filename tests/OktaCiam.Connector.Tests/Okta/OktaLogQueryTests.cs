namespace OktaCiam.Connector.Tests.Okta;

public sealed class OktaLogQueryTests
{
    [Fact]
    public void ToPathAndQuery_Range_IsUtcWithMilliseconds() =>
        new OktaLogQuery
        {
            Since = new DateTimeOffset(2026, 1, 2, 3, 4, 5, 678, TimeSpan.FromHours(2)),
            Filter = "eventType eq \"group.user_membership.add\"",
            Limit = 100,
        }.ToPathAndQuery().Should().Be(
            "/api/v1/logs?since=2026-01-02T01%3A04%3A05.678Z&filter=eventType%20eq%20%22group.user_membership.add%22&limit=100&sortOrder=ASCENDING");
}
