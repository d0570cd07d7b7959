using System.CommandLine;

namespace OktaCiam.Connector.Cli;

/// <summary>The options every command that talks to Okta takes, and how they become <see cref="OktaCiamOptions"/>.</summary>
/// <remarks>The token never comes from the command line (it would land in shell history and process lists).</remarks>
internal sealed class ConnectionOptions
{
    public const string OrgVariable = "OKTA_CIAM_ORG";
    public const string TokenVariable = "OKTA_API_TOKEN";

    public Option<string?> Org { get; } = new("--org")
    {
        Description = $"Okta org URL or host, e.g. acme.okta.com (default: env {OrgVariable}). http:// only for loopback.",
    };

    public Option<FileInfo?> TokenFile { get; } = new("--token-file")
    {
        Description = $"Read the API token from this file (default: env {TokenVariable}).",
    };

    public Option<string?> Attribute { get; } = new("--attribute")
    {
        Description = $"Managed-identity attribute name (default {OktaCiamOptions.DefaultManagedAttribute}).",
    };

    /// <summary>Catches a token given on the command line, to refuse it with a clear message instead of "unrecognized".</summary>
    public Option<string?> Token { get; } = new("--token") { Hidden = true };

    public void AddTo(Command command)
    {
        command.Options.Add(Org);
        command.Options.Add(TokenFile);
        command.Options.Add(Attribute);
        command.Options.Add(Token);
    }

    /// <summary>Builds connector options from the parsed command line and the environment.</summary>
    public OktaCiamOptions Resolve(ParseResult parse, CliConsole console)
    {
        if (parse.GetResult(Token) is not null)
        {
            throw new CliUsageException($"--token is not accepted (it would be visible in shell history): set {TokenVariable} or pass --token-file PATH.");
        }

        var org = parse.GetValue(Org) ?? console.GetEnvironmentVariable(OrgVariable);
        if (string.IsNullOrWhiteSpace(org))
        {
            throw new CliUsageException($"no Okta org: pass --org acme.okta.com or set {OrgVariable}.");
        }

        string? token;
        if (parse.GetValue(TokenFile) is { } file)
        {
            if (!file.Exists)
            {
                throw new CliUsageException($"--token-file '{file.FullName}' does not exist.");
            }

            token = File.ReadAllText(file.FullName).Trim();
            if (token.Length == 0)
            {
                throw new CliUsageException($"--token-file '{file.FullName}' is empty.");
            }
        }
        else
        {
            token = console.GetEnvironmentVariable(TokenVariable)?.Trim();
            if (string.IsNullOrEmpty(token))
            {
                throw new CliUsageException($"no API token: set {TokenVariable} or pass --token-file PATH.");
            }
        }

        return new OktaCiamOptions
        {
            OrgUrl = org,
            ApiToken = token,
            ManagedAttribute = parse.GetValue(Attribute) ?? OktaCiamOptions.DefaultManagedAttribute,
            App = { Name = "okta-ciam CLI" },
        };
    }
}
