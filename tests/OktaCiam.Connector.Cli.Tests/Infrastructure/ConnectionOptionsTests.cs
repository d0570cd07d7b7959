using System.CommandLine;

namespace OktaCiam.Connector.Cli.Tests.Infrastructure;

public class ConnectionOptionsTests
{
    [Fact]
    public void Resolve_OrgAndTokenFromEnvironment_BuildsOptions()
    {
        var options = Resolve([], new() { ["OKTA_CIAM_ORG"] = "acme.okta.com", ["OKTA_API_TOKEN"] = " tok \n" });

        options.OrgUrl.Should().Be("acme.okta.com");
        options.ApiToken.Should().Be("tok");
        options.ManagedAttribute.Should().Be(OktaCiamOptions.DefaultManagedAttribute);
    }

    [Fact]
    public void Resolve_CommandLineOverridesEnvironment()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "file-token\n");
            var options = Resolve(["--org", "other.okta.com", "--token-file", file, "--attribute", "managed_flag"], new() { ["OKTA_CIAM_ORG"] = "acme.okta.com", ["OKTA_API_TOKEN"] = "env" });

            options.OrgUrl.Should().Be("other.okta.com");
            options.ApiToken.Should().Be("file-token");
            options.ManagedAttribute.Should().Be("managed_flag");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Resolve_TokenOnCommandLine_IsRefusedWithoutEchoingIt()
    {
        var act = () => Resolve(["--token", "s3cr3t"], new() { ["OKTA_CIAM_ORG"] = "acme.okta.com" });

        act.Should().Throw<CliUsageException>().WithMessage("*--token is not accepted*OKTA_API_TOKEN*--token-file*")
            .Which.Message.Should().NotContain("s3cr3t");
    }

    [Fact]
    public void Resolve_NoOrg_SaysHowToSetIt()
    {
        var act = () => Resolve([], new() { ["OKTA_API_TOKEN"] = "t" });

        act.Should().Throw<CliUsageException>().WithMessage("*--org*OKTA_CIAM_ORG*");
    }

    [Fact]
    public void Resolve_NoToken_SaysHowToSetIt()
    {
        var act = () => Resolve(["--org", "acme.okta.com"], []);

        act.Should().Throw<CliUsageException>().WithMessage("*OKTA_API_TOKEN*--token-file*");
    }

    [Fact]
    public void Resolve_MissingTokenFile_NamesIt()
    {
        var act = () => Resolve(["--org", "acme.okta.com", "--token-file", "/nonexistent/token"], []);

        act.Should().Throw<CliUsageException>().WithMessage("*/nonexistent/token*does not exist*");
    }

    private static OktaCiamOptions Resolve(string[] args, Dictionary<string, string> environment)
    {
        var connection = new ConnectionOptions();
        var command = new RootCommand();
        connection.AddTo(command);
        var parse = command.Parse(args);
        parse.Errors.Should().BeEmpty();
        var console = new CliConsole(TextWriter.Null, TextWriter.Null, name => environment.GetValueOrDefault(name));
        return connection.Resolve(parse, console);
    }
}
