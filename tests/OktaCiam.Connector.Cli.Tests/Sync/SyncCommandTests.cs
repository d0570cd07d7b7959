namespace OktaCiam.Connector.Cli.Tests.Sync;

[Collection(SeededOrgCollection.Name)]
public partial class SyncCommandTests(SeededOrgFixture org)
{
    [Fact]
    public async Task Sync_NoOrg_IsAUsageErrorThatSaysWhatToSet()
    {
        var (code, _, error) = await RunAsync(["sync"], new());

        code.Should().Be(2);
        error.Should().Contain("--org").And.Contain("OKTA_CIAM_ORG");
    }

    [Fact]
    public async Task Sync_UnknownFormat_IsAUsageError()
    {
        var (code, _, error) = await RunAsync(["sync", "--format", "xml"], new() { ["OKTA_CIAM_ORG"] = "acme.okta.com", ["OKTA_API_TOKEN"] = "t" });

        code.Should().Be(2);
        error.Should().Contain("xml");
    }

    [Fact]
    public async Task Sync_InvalidAttribute_IsAConfigurationErrorWithoutTheToken()
    {
        var (code, _, error) = await RunAsync(["sync", "--attribute", "not-valid"], new() { ["OKTA_CIAM_ORG"] = "acme.okta.com", ["OKTA_API_TOKEN"] = "s3cr3tToken" });

        code.Should().Be(2);
        error.Should().Contain("configuration:").And.Contain("not-valid").And.NotContain("s3cr3tToken");
    }

    internal static async Task<(int Code, string Out, string Error)> RunAsync(string[] args, Dictionary<string, string> environment)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, name => environment.GetValueOrDefault(name));
        var code = await OktaCiamCli.RunAsync(args, console);
        return (code, output.ToString(), error.ToString());
    }
}
