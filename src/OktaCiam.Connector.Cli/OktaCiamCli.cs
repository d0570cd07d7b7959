using System.CommandLine;
using System.Reflection;

namespace OktaCiam.Connector.Cli;

/// <summary>The <c>okta-ciam</c> command tree.</summary>
internal static class OktaCiamCli
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("okta-ciam: manage privileged workforce access in an Okta Customer Identity tenant, never touching customers.");
        var version = typeof(OktaCiamCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var about = new Command("about", "Print the tool's version.");
        about.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.WriteLine($"okta-ciam {version}");
            return 0;
        });
        root.Subcommands.Add(about);
        return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
    }
}
