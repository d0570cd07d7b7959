using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Abstractions.Tests.Statistics;

public class ReadStatisticsTests
{
    [Fact]
    public void Subtract_GivesTheCountersOfTheInterval()
    {
        var before = new ReadStatistics { ApiCalls = 3, UsersSeen = 10, Excluded = new Dictionary<string, long> { ["attribute_false"] = 4, ["attribute_missing"] = 1 } };
        var after = new ReadStatistics { ApiCalls = 5, UsersSeen = 30, UsersManaged = 2, Excluded = new Dictionary<string, long> { ["attribute_false"] = 9, ["attribute_missing"] = 1, ["profile_missing"] = 2 } };

        var delta = after - before;

        delta.ApiCalls.Should().Be(2);
        delta.UsersSeen.Should().Be(20);
        delta.UsersManaged.Should().Be(2);
        delta.Excluded.Should().BeEquivalentTo(new Dictionary<string, long> { ["attribute_false"] = 5, ["profile_missing"] = 2 });
    }
}
