namespace OktaCiam.Connector.Tests;

public sealed class ExclusionTallyTests
{
    [Fact]
    public async Task Add_FromManyThreads_LosesNothing()
    {
        var tally = new ExclusionTally();
        var page = default(ExclusionCounts);
        page.Add(ExclusionReason.AttributeMissing, 199);
        page.Increment(ExclusionReason.AttributeFalse);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 500; i++)
            {
                tally.Add(page);
                tally.Add(ExclusionReason.IdNotManaged);
            }
        })));

        var total = tally.Snapshot();
        total[ExclusionReason.AttributeMissing].Should().Be(8 * 500 * 199);
        total[ExclusionReason.AttributeFalse].Should().Be(8 * 500);
        total[ExclusionReason.IdNotManaged].Should().Be(8 * 500);
    }
}
