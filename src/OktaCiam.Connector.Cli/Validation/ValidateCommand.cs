using System.CommandLine;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Cli;

/// <summary><c>okta-ciam validate</c>: runs the app validation checks; exit 0 unless a CRITICAL or HIGH check failed (then 3).</summary>
internal static class ValidateCommand
{
    public const string Table = "table";
    public const string Json = "json";

    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var connection = new ConnectionOptions();
        var format = new Option<string>("--format") { Description = "Output format: table (default) or json.", DefaultValueFactory = _ => Table };
        format.AcceptOnlyFromAmong(Table, Json);
        var command = new Command("validate", "Check the org URL, credentials, permissions, the managed attribute on both profile schemas, search, managed identities, least privilege and rate-limit headroom. Reads only.");
        connection.AddTo(command);
        command.Options.Add(format);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = connection.Resolve(parse, console);
            var cli = CliConnector.Create(options, console);
            await using var disposeCli = cli.ConfigureAwait(false);
            var validator = cli.Connector.GetRequiredService<IConnectorValidator>();
            var checks = await validator.ValidateAsync(cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(format) == Json)
            {
                await ValidationJsonWriter.WriteAsync(checks, console.Out).ConfigureAwait(false);
            }
            else
            {
                await ValidationTableWriter.WriteAsync(checks, console.Out).ConfigureAwait(false);
            }

            return Blocking(checks) ? ExitCodes.Refused : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Returns whether a CRITICAL or HIGH check failed.</summary>
    public static bool Blocking(IEnumerable<ValidationCheck> checks) =>
        checks.Any(c => c.Status == ValidationStatus.Failed && c.Severity >= ValidationSeverity.High);
}
