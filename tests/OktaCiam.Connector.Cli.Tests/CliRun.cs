using OktaCiam.Connector.Testing;

namespace OktaCiam.Connector.Cli.Tests;

/// <summary>Runs the CLI in-process against an Okta emulator, with the org and token passed through the environment.</summary>
internal static class CliRun
{
    public static Task<OktaEmulator> StartOrgAsync(Action<OktaEmulatorSeed>? seed = null)
    {
        var spec = new OktaEmulatorSeed { ManagedUsers = 5, Customers = 20, ManagedGroups = 2, CustomerGroups = 2, DeprovisionedManagedUsers = 1 };
        seed?.Invoke(spec);
        return OktaEmulator.StartAsync(new OktaEmulatorOptions { Seed = spec });
    }

    public static Task<(int Code, string Out, string Error)> AgainstAsync(OktaEmulator okta, params string[] args) =>
        RunAsync(args, new() { ["OKTA_CIAM_ORG"] = okta.BaseUrl.ToString(), ["OKTA_API_TOKEN"] = okta.ApiToken });

    public static async Task<(int Code, string Out, string Error)> RunAsync(string[] args, Dictionary<string, string> environment)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, name => environment.GetValueOrDefault(name));
        var code = await OktaCiamCli.RunAsync(args, console);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Returns an active managed user that does not own the API token.</summary>
    public static string ManagedUser(this OktaEmulator okta) =>
        okta.Org.ManagedUserIds().First(id => id != okta.Org.TokenOwnerId && okta.Org.FindUser(id)!.Status == "ACTIVE");
}
