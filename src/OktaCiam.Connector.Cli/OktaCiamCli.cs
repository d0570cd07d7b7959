using System.CommandLine;
using System.Reflection;

namespace OktaCiam.Connector.Cli;

/// <summary>The <c>okta-ciam</c> command tree.</summary>
internal static class OktaCiamCli
{
    public static Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
        => RunAsync(args, CliConsole.System, cancellationToken);

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);

        var root = BuildRoot(console);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await console.Error.WriteLineAsync($"okta-ciam: {error.Message}").ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync("Run 'okta-ciam --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        try
        {
            var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            return CliErrors.Report(exception, console.Error);
        }
    }

    private static RootCommand BuildRoot(CliConsole console)
    {
        var root = new RootCommand("okta-ciam: manage privileged workforce access in an Okta Customer Identity tenant, never touching customers.");
        var version = typeof(OktaCiamCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var about = new Command("about", "Print the tool's version.");
        about.SetAction(_ =>
        {
            console.Out.WriteLine($"okta-ciam {version}");
            return ExitCodes.Ok;
        });
        root.Subcommands.Add(about);
        root.Subcommands.Add(SyncCommand.Create(console));
        return root;
    }
}
