using System.CommandLine;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OktaCiam.Connector.Abstractions;
using OktaCiam.Connector.Access;

namespace OktaCiam.Connector.Cli;

/// <summary><c>okta-ciam sync</c>: reads every managed user, group with members and admin role with holders, and prints them.</summary>
internal static class SyncCommand
{
    public const string Table = "table";
    public const string Json = "json";

    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var connection = new ConnectionOptions();
        var format = new Option<string>("--format")
        {
            Description = "Output format: table (default) or json.",
            DefaultValueFactory = _ => Table,
        };
        format.AcceptOnlyFromAmong(Table, Json);
        var output = new Option<FileInfo?>("--out") { Description = "Write the result to this file instead of standard output." };
        var fullScan = new Option<bool>("--full-scan")
        {
            Description = "List every user and group and filter locally instead of asking Okta's search index (slower; API calls grow with the whole org).",
        };

        var command = new Command("sync", "Read every managed (workforce) user, group with its members and admin role with its holders. Customers are filtered out while Okta's answers are read and never reach the output.");
        connection.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(fullScan);
        command.SetAction((parse, cancellationToken) =>
        {
            var options = connection.Resolve(parse, console);
            if (parse.GetValue(fullScan))
            {
                options.Read.Mode = OktaCiamReadMode.FullScan;
            }

            return RunAsync(options, new SyncOutput(parse.GetValue(format) ?? Table, parse.GetValue(output)), console, cancellationToken);
        });
        return command;
    }

    /// <summary>Syncs the org in <paramref name="options"/> and writes the result.</summary>
    public static async Task<int> RunAsync(OktaCiamOptions options, SyncOutput output, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(console);

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.ClearProviders().AddProvider(new CliLoggerProvider(console.Error)).SetMinimumLevel(LogLevel.Warning));
        services.AddOktaCiamConnector(o => Copy(options, o));
        var provider = services.BuildServiceProvider();
        await using var scope = provider.ConfigureAwait(false);
        var connector = provider.GetRequiredService<IConnector>();

        await console.Error.WriteLineAsync($"Syncing {options.OrgUrl} ({(options.Read.Mode == OktaCiamReadMode.Search ? "search" : "full scan")}, attribute {options.ManagedAttribute})…").ConfigureAwait(false);
        var progress = new SyncProgress(console.Error, Interactive(console), TimeProvider.System);
        ConnectorSnapshot snapshot;
        try
        {
            snapshot = await new ConnectorSnapshotReader(TimeProvider.System).ReadAsync(connector, null, progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            progress.Complete();
        }

        await WriteAsync(snapshot, output, console).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static async Task WriteAsync(ConnectorSnapshot snapshot, SyncOutput output, CliConsole console)
    {
        if (output.File is { } file)
        {
            var stream = new FileStream(file.FullName, FileMode.Create, FileAccess.Write, FileShare.None);
            await using (stream.ConfigureAwait(false))
            {
                if (output.Format == Json)
                {
                    SnapshotJsonWriter.Write(snapshot, stream);
                }
                else
                {
                    var writer = new StreamWriter(stream, new UTF8Encoding(false));
                    await using (writer.ConfigureAwait(false))
                    {
                        SnapshotTableWriter.Write(snapshot, writer);
                    }
                }
            }

            await console.Error.WriteLineAsync($"Wrote {snapshot.Users.Count} users, {snapshot.Groups.Count} groups and {snapshot.Resources.Count} admin roles to {file.FullName}.").ConfigureAwait(false);
            return;
        }

        if (output.Format == Json)
        {
            using var buffer = new MemoryStream();
            SnapshotJsonWriter.Write(snapshot, buffer);
            await console.Out.WriteLineAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)).ConfigureAwait(false);
        }
        else
        {
            SnapshotTableWriter.Write(snapshot, console.Out);
        }

        await console.Out.FlushAsync().ConfigureAwait(false);
    }

    private static bool Interactive(CliConsole console) => ReferenceEquals(console, CliConsole.System) && !Console.IsErrorRedirected;

    private static void Copy(OktaCiamOptions from, OktaCiamOptions to)
    {
        to.OrgUrl = from.OrgUrl;
        to.ApiToken = from.ApiToken;
        to.OAuth = from.OAuth;
        to.ManagedAttribute = from.ManagedAttribute;
        to.App = from.App;
        to.Http = from.Http;
        to.Read = from.Read;
    }
}
