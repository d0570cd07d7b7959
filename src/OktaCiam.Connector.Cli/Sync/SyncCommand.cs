using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OktaCiam.Connector.Abstractions;
using OktaCiam.Connector.Access;
using OktaCiam.Connector.Testing;

namespace OktaCiam.Connector.Cli;

/// <summary><c>okta-ciam sync</c>: reads every managed user, group with members and admin role with holders, and prints them.</summary>
internal static class SyncCommand
{
    public const string Table = "table";
    public const string Json = "json";

    /// <summary>The workforce users of the <c>--emulator</c> org.</summary>
    public const int DemoManagedUsers = 500;

    /// <summary>The customers of the <c>--emulator</c> org.</summary>
    public const int DemoCustomers = 100_000;

    /// <summary>Returns the seed of the <c>--emulator</c> org: workforce users among customers, customers inside workforce groups and holding roles, decoy attribute values.</summary>
    public static OktaEmulatorSeed DemoSeed() => new()
    {
        ManagedUsers = DemoManagedUsers,
        Customers = DemoCustomers,
        ManagedGroups = 6,
        CustomerGroups = 4,
        ManagedAppGroups = 1,
        CustomersPerManagedGroup = 5,
        DeprovisionedManagedUsers = 4,
        CustomRoles = 3,
        ResourceSets = 2,
        CustomersWithRoles = 3,
    };

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
        var outputFile = new Option<FileInfo?>("--out") { Description = "Write the result to this file instead of standard output." };
        var rows = new Option<int>("--rows")
        {
            Description = "The most rows each table lists (default 25; 0 lists all). Ignored with --format json.",
            DefaultValueFactory = _ => 25,
        };
        rows.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--rows must be 0 (all) or more.");
            }
        });
        var fullScan = new Option<bool>("--full-scan")
        {
            Description = "List every user and group and filter locally instead of asking Okta's search index (slower; API calls grow with the whole org).",
        };

        var emulator = new Option<bool>("--emulator")
        {
            Description = $"Start the built-in Okta emulator on 127.0.0.1 ({DemoManagedUsers} workforce users among {DemoCustomers:N0} customers, with groups and admin roles) and sync it; needs no org or token.",
        };

        var command = new Command("sync", "Read every managed (workforce) user, group with its members and admin role with its holders. Customers are filtered out while Okta's answers are read and never reach the output.");
        connection.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(outputFile);
        command.Options.Add(rows);
        command.Options.Add(fullScan);
        command.Options.Add(emulator);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var maxRows = parse.GetValue(rows);
            var output = new SyncOutput(parse.GetValue(format) ?? Table, parse.GetValue(outputFile), maxRows == 0 ? int.MaxValue : maxRows);
            var mode = parse.GetValue(fullScan) ? OktaCiamReadMode.FullScan : OktaCiamReadMode.Search;
            if (!parse.GetValue(emulator))
            {
                var options = connection.Resolve(parse, console);
                options.Read.Mode = mode;
                return await RunAsync(options, output, console, cancellationToken).ConfigureAwait(false);
            }

            if (parse.GetResult(connection.Org) is not null || parse.GetResult(connection.TokenFile) is not null || parse.GetResult(connection.Token) is not null)
            {
                throw new CliUsageException("--emulator starts its own org: drop --org and --token-file.");
            }

            return await RunOnEmulatorAsync(parse.GetValue(connection.Attribute) ?? OktaCiamOptions.DefaultManagedAttribute, mode, output, console, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Starts the built-in emulator with the demo org, syncs it and stops it.</summary>
    public static async Task<int> RunOnEmulatorAsync(string attribute, OktaCiamReadMode mode, SyncOutput output, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (!ManagedAttributeNameIsValid(attribute))
        {
            throw new CliUsageException($"--attribute '{attribute}' is not a valid Okta property name: use ASCII letters, digits and underscores, starting with a letter.");
        }

        var started = TimeProvider.System.GetTimestamp();
        var okta = await OktaEmulator.StartAsync(new OktaEmulatorOptions { Seed = DemoSeed(), ManagedAttribute = attribute }, cancellationToken).ConfigureAwait(false);
        await using (okta.ConfigureAwait(false))
        {
            await console.Error.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Started an Okta emulator at {okta.BaseUrl} in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0.0} s: {DemoManagedUsers} workforce users (profile.{attribute} = true) among {DemoCustomers:N0} customers, {okta.Org.GroupCount} groups, admin roles.")).ConfigureAwait(false);
            var options = new OktaCiamOptions
            {
                OrgUrl = okta.BaseUrl.ToString(),
                ApiToken = okta.ApiToken,
                ManagedAttribute = attribute,
                App = { Name = "okta-ciam CLI (emulator)" },
                Read = { Mode = mode },
            };
            return await RunAsync(options, output, console, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Syncs the org in <paramref name="options"/> and writes the result.</summary>
    /// <param name="options">The connector options.</param>
    /// <param name="output">Where and how to write the result.</param>
    /// <param name="console">Standard output and error.</param>
    /// <param name="cancellationToken">Cancels the sync.</param>
    /// <param name="configureLogging">Adds logging beyond warnings on standard error (tests capture every level with it).</param>
    public static async Task<int> RunAsync(OktaCiamOptions options, SyncOutput output, CliConsole console, CancellationToken cancellationToken, Action<ILoggingBuilder>? configureLogging = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(console);

        var cli = CliConnector.Create(options, console, configureLogging);
        await using var scope = cli.ConfigureAwait(false);
        var connector = cli.Connector;

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
                        SnapshotTableWriter.Write(snapshot, writer, output.MaxRows);
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
            SnapshotTableWriter.Write(snapshot, console.Out, output.MaxRows);
        }

        await console.Out.FlushAsync().ConfigureAwait(false);
    }

    private static bool ManagedAttributeNameIsValid(string name) =>
        name.Length is > 0 and <= 100 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static bool Interactive(CliConsole console) => ReferenceEquals(console, CliConsole.System) && !Console.IsErrorRedirected;
}
