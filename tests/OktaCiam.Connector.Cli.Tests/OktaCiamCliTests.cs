namespace OktaCiam.Connector.Cli.Tests;

public class OktaCiamCliTests
{
    [Fact]
    public async Task RunAsync_UnknownCommand_ReturnsUsageError()
    {
        var exitCode = await OktaCiamCli.RunAsync(["no-such-command"]);

        exitCode.Should().NotBe(0);
    }

    [Fact]
    public async Task RunAsync_About_Succeeds()
    {
        var exitCode = await OktaCiamCli.RunAsync(["about"]);

        exitCode.Should().Be(0);
    }
}
