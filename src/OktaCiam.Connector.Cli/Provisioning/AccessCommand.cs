using System.CommandLine;
using System.Text.RegularExpressions;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Cli;

/// <summary><c>okta-ciam grant</c> and <c>okta-ciam revoke</c>: group membership or an admin role for one managed user.</summary>
internal static partial class AccessCommand
{
    public static Command Create(bool grant, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var connection = new ConnectionOptions();
        var user = new Option<string>("--user") { Description = "The managed user: Okta id (00u…) or login.", Required = true };
        var group = new Option<string?>("--group") { Description = "A managed OKTA_GROUP: id (00g…) or exact name." };
        var role = new Option<string?>("--role") { Description = "An admin role: a standard type such as HELP_DESK_ADMIN, or a custom role id (cr0…)." };
        var resourceSet = new Option<string?>("--resource-set") { Description = "The resource set id (iam…) a custom role applies to." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check everything and print the requests that would be sent; send nothing." };

        var command = grant
            ? new Command("grant", "Add a managed user to a managed group, or assign an admin role to the user. Idempotent; customers are refused.")
            : new Command("revoke", "Remove a managed user from a managed group, or unassign an admin role from the user. Idempotent; customers are refused.");
        connection.AddTo(command);
        command.Options.Add(user);
        command.Options.Add(group);
        command.Options.Add(role);
        command.Options.Add(resourceSet);
        command.Options.Add(dryRun);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var userValue = parse.GetValue(user)!;
            var groupValue = parse.GetValue(group);
            var roleValue = parse.GetValue(role);
            var setValue = parse.GetValue(resourceSet);
            if ((groupValue is null) == (roleValue is null))
            {
                throw new CliUsageException("name exactly one target: --group ID|NAME or --role TYPE|CUSTOM_ROLE_ID.");
            }

            if (setValue is not null && roleValue is null)
            {
                throw new CliUsageException("--resource-set goes with --role CUSTOM_ROLE_ID.");
            }

            var options = connection.Resolve(parse, console);
            var cli = CliConnector.Create(options, console);
            await using var disposeCli = cli.ConfigureAwait(false);
            var connector = cli.Connector;
            var provisioner = connector.GetRequiredService<IAccessProvisioner>();
            var verb = grant ? "grant" : "revoke";
            try
            {
                if (groupValue is not null)
                {
                    var groupId = await ResolveGroupAsync(connector, groupValue, cancellationToken).ConfigureAwait(false);
                    var change = new GroupMembershipChange { UserId = userValue, GroupId = groupId, DryRun = parse.GetValue(dryRun) };
                    var result = grant
                        ? await provisioner.AddGroupMemberAsync(change, cancellationToken).ConfigureAwait(false)
                        : await provisioner.RemoveGroupMemberAsync(change, cancellationToken).ConfigureAwait(false);
                    return await ProvisioningOutput.WriteAsync(result, $"{verb} membership of group {groupId}", console).ConfigureAwait(false);
                }

                var request = new ResourceGrant
                {
                    PrincipalId = userValue,
                    ResourceId = roleValue!,
                    AccessLevelId = setValue ?? AccessLevel.DefaultId,
                    DryRun = parse.GetValue(dryRun),
                };
                var roleResult = grant
                    ? await provisioner.GrantResourceAsync(request, cancellationToken).ConfigureAwait(false)
                    : await provisioner.RevokeResourceAsync(request, cancellationToken).ConfigureAwait(false);
                var roleText = setValue is null ? roleValue! : $"{roleValue} on resource set {setValue}";
                return await ProvisioningOutput.WriteAsync(roleResult, $"{verb} admin role {roleText}", console).ConfigureAwait(false);
            }
            catch (ArgumentException ex)
            {
                throw new CliUsageException(ex.Message);
            }
        });
        return command;
    }

    /// <summary>Returns <paramref name="value"/> when it has the shape of an Okta group id, otherwise the id of the one managed group with that exact name.</summary>
    internal static async Task<string> ResolveGroupAsync(IConnector connector, string value, CancellationToken cancellationToken)
    {
        if (GroupId().IsMatch(value))
        {
            return value;
        }

        var reader = connector.GetService<IGroupReader>()
            ?? throw new CliUsageException($"'{value}' is not a group id (00g…), and this connector cannot look groups up by name: pass the group id.");
        List<string> matches = [];
        await foreach (var group in reader.ReadAllGroupsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(group.Name, value, StringComparison.Ordinal))
            {
                matches.Add(group.Id);
            }
        }

        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new CliUsageException($"no managed group is named '{value}' (names are matched exactly; customer groups are never looked at): check the name or pass the group id."),
            _ => throw new CliUsageException($"{matches.Count} managed groups are named '{value}': pass one of their ids ({string.Join(", ", matches)})."),
        };
    }

    // Okta group ids: "00g" and 17 more letters or digits.
    [GeneratedRegex("^00g[0-9A-Za-z]{17}$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupId();
}
