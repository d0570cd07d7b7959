using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Cli;

/// <summary>Prints what a write did: its outcome and the requests sent, or planned in a dry run.</summary>
internal static class ProvisioningOutput
{
    public static async Task<int> WriteAsync(ProvisioningResult result, string what, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(console);
        var headline = result.Outcome switch
        {
            ProvisioningOutcome.Applied => $"Applied: {what}.",
            ProvisioningOutcome.AlreadyInState => $"Already in state: {what}; nothing needed to change.",
            _ => $"Dry run: {what}; nothing was sent.",
        };
        await console.Out.WriteLineAsync(headline).ConfigureAwait(false);
        var verb = result.Outcome == ProvisioningOutcome.Planned ? "would send" : "sent";
        foreach (var action in result.Actions)
        {
            await console.Out.WriteLineAsync($"  {verb} {action}").ConfigureAwait(false);
        }

        if (result.FinalUserStatus is { } status)
        {
            await console.Out.WriteLineAsync($"  user status: {status}").ConfigureAwait(false);
        }

        if (!string.IsNullOrEmpty(result.Detail))
        {
            await console.Out.WriteLineAsync($"  {result.Detail}").ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}
