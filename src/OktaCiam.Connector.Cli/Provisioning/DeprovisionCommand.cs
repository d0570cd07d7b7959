using System.CommandLine;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Cli;

/// <summary><c>okta-ciam deprovision</c>: deactivate (and with <c>--delete</c>, delete) one managed user.</summary>
internal static class DeprovisionCommand
{
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var connection = new ConnectionOptions();
        var user = new Option<string>("--user") { Description = "The managed user: Okta id (00u…) or login.", Required = true };
        var delete = new Option<bool>("--delete") { Description = "Also delete the account permanently after deactivating it (cannot be undone)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check everything and print the requests that would be sent; send nothing." };
        var command = new Command("deprovision", "Deactivate a managed user without emailing them; with --delete, delete the account too. Customers and the token's own user are refused.");
        connection.AddTo(command);
        command.Options.Add(user);
        command.Options.Add(delete);
        command.Options.Add(dryRun);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = connection.Resolve(parse, console);
            var deleting = parse.GetValue(delete);

            // Typing --delete is the deliberate choice the library's AllowDelete setting stands for.
            options.Provisioning.AllowDelete = deleting;
            var cli = CliConnector.Create(options, console);
            await using var disposeCli = cli.ConfigureAwait(false);
            var deprovisioner = cli.Connector.GetRequiredService<IUserDeprovisioner>();
            var request = new UserDeprovisioning { UserId = parse.GetValue(user)!, Delete = deleting, DryRun = parse.GetValue(dryRun) };
            ProvisioningResult result;
            try
            {
                result = await deprovisioner.DeprovisionUserAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentException ex)
            {
                throw new CliUsageException(ex.Message);
            }

            return await ProvisioningOutput.WriteAsync(result, deleting ? "deactivate and delete the user" : "deactivate the user", console).ConfigureAwait(false);
        });
        return command;
    }
}
