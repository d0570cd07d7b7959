using Microsoft.Extensions.Time.Testing;
using OktaCiam.Connector.Access;

namespace OktaCiam.Connector.Cli.Tests.Sync;

public class SyncProgressTests
{
    [Fact]
    public void Report_Redirected_WritesOneLinePerFinishedStage()
    {
        var error = new StringWriter();
        var sut = new SyncProgress(error, interactive: false, new FakeTimeProvider());

        sut.Report(new SnapshotProgress("users", 200, null));
        sut.Report(new SnapshotProgress("users", 500, 500));
        sut.Report(new SnapshotProgress("members", 1, 3));
        sut.Report(new SnapshotProgress("members", 3, 3));
        sut.Report(new SnapshotProgress("members", 3, 3));
        sut.Complete();

        error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().Equal("  users: 500", "  group members: 3/3");
    }

    [Fact]
    public void Report_Interactive_UpdatesOneLineInPlaceAtMostEvery100MsAndClearsIt()
    {
        var error = new StringWriter();
        var time = new FakeTimeProvider();
        var sut = new SyncProgress(error, interactive: true, time);

        sut.Report(new SnapshotProgress("users", 200, null));
        sut.Report(new SnapshotProgress("users", 400, null));
        time.Advance(TimeSpan.FromMilliseconds(150));
        sut.Report(new SnapshotProgress("users", 600, null));
        sut.Complete();

        var text = error.ToString();
        text.Should().Contain("\r  users: 200").And.Contain("\r  users: 600").And.NotContain("users: 400").And.NotContain(Environment.NewLine);
        text.Should().EndWith("\r");
    }
}
