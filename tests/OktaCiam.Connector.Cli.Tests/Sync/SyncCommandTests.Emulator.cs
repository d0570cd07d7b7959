using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using OktaCiam.Connector.Testing;
using OktaCiam.Connector.Tests.Reading;

namespace OktaCiam.Connector.Cli.Tests.Sync;

/// <summary><c>okta-ciam sync</c> against the emulated demo org over real loopback HTTP.</summary>
public partial class SyncCommandTests
{
    [Fact]
    public async Task Sync_Json_WritesTheDocumentWithUsersGroupsRolesAndStats()
    {
        var (code, output, error) = await RunAsync(["sync", "--format", "json"], org.Environment);

        code.Should().Be(0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var managed = org.Emulator.Org.ManagedUserIds();
        root.GetProperty("users").GetArrayLength().Should().Be(managed.Count);
        var user = root.GetProperty("users")[0];
        user.GetProperty("id").GetString().Should().BeOneOf(managed);
        foreach (var name in new[] { "login", "email", "status", "profile" })
        {
            user.TryGetProperty(name, out _).Should().BeTrue(name);
        }

        var group = root.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("id").GetString() == org.Emulator.Org.Fixtures["managed-group"]);
        foreach (var name in new[] { "name", "description", "type", "memberIds" })
        {
            group.TryGetProperty(name, out _).Should().BeTrue(name);
        }

        group.GetProperty("memberIds").EnumerateArray().Select(m => m.GetString()).Should().OnlyContain(id => managed.Contains(id!));
        var role = root.GetProperty("roles").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "READ_ONLY_ADMIN");
        role.GetProperty("type").GetString().Should().Be("READ_ONLY_ADMIN");
        role.GetProperty("label").GetString().Should().NotBeNullOrEmpty();
        role.GetProperty("assigneeIds").GetArrayLength().Should().BeGreaterThan(0);
        role.GetProperty("groupAssigneeIds").EnumerateArray().Select(g => g.GetString()).Should().Contain(org.Emulator.Org.Fixtures["managed-group"]);
        var stats = root.GetProperty("stats");
        stats.GetProperty("apiCalls").GetInt64().Should().BeInRange(10, 2 * managed.Count + 100);
        stats.GetProperty("usersManaged").GetInt64().Should().Be(managed.Count);
        foreach (var name in new[] { "usersSeen", "groupsSeen", "groupsManaged", "excluded" })
        {
            stats.TryGetProperty(name, out _).Should().BeTrue(name);
        }
    }

    [Fact]
    public async Task Sync_OutFile_WritesTheFileAndSaysSoOnStandardError()
    {
        var file = Path.Combine(Path.GetTempPath(), $"okta-ciam-sync-{Guid.NewGuid():N}.json");
        try
        {
            var (code, output, error) = await RunAsync(["sync", "--format", "json", "--out", file], org.Environment);

            code.Should().Be(0, error);
            output.Should().BeEmpty();
            error.Should().Contain($"to {file}");
            JsonDocument.Parse(await File.ReadAllTextAsync(file)).RootElement.GetProperty("users").GetArrayLength().Should().BeGreaterThan(400);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Sync_Table_ListsAFewRowsAndTheTotals()
    {
        var (code, output, error) = await RunAsync(["sync", "--rows", "3"], org.Environment);

        code.Should().Be(0, error);
        output.Should().StartWith($"Managed users: {org.Emulator.Org.ManagedUserIds().Count}   groups:");
        output.Should().Contain("USERS (").And.Contain("GROUPS (").And.Contain("ADMIN ROLES (").And.Contain("more (--rows 0 lists them all");
        error.Should().Contain("Syncing").And.Contain("admin roles: 16/16");
    }

    [Fact]
    public async Task Sync_RejectedToken_ExitsWith4AndOneLineWithoutTheToken()
    {
        var environment = org.Environment;
        environment[ConnectionOptions.TokenVariable] = "00WrongTokenValue";

        var (code, _, error) = await RunAsync(["sync"], environment);

        code.Should().Be(4);
        error.Should().Contain("okta-ciam: Okta rejected the credentials").And.NotContain("00WrongTokenValue");
    }

    [Fact]
    public async Task Sync_SearchUnavailable_WarnsOnStandardErrorAndSucceeds()
    {
        org.Emulator.Org.SearchAvailable = false;
        try
        {
            var (code, output, error) = await RunAsync(["sync", "--format", "json"], org.Environment);

            code.Should().Be(0, error);
            error.Should().Contain("okta-ciam: warning:").And.Contain("full scan");
            JsonDocument.Parse(output).RootElement.GetProperty("users").GetArrayLength().Should().Be(org.Emulator.Org.ManagedUserIds().Count);
        }
        finally
        {
            org.Emulator.Org.SearchAvailable = true;
        }
    }

    [Fact]
    public async Task Sync_OutputsLogsAndErrors_HoldNoCustomerIdentity()
    {
        var customers = CustomerIdentities.Of(org.Emulator.Org);
        var text = new StringBuilder();
        var logs = new CapturingLoggerProvider();
        foreach (var (mode, format) in new[] { (OktaCiamReadMode.Search, SyncCommand.Json), (OktaCiamReadMode.FullScan, SyncCommand.Json), (OktaCiamReadMode.Search, SyncCommand.Table) })
        {
            text.AppendLine(await RunWithLogsAsync(mode, format, logs));
        }

        var rule = org.Emulator.Faults.Add(EmulatorFault.TruncatedBody(0.4), "GET", "/api/v1/groups/*/users", skip: 2);
        try
        {
            var failed = await RunWithLogsAsync(OktaCiamReadMode.Search, SyncCommand.Json, logs, expectedCode: 4);
            failed.Should().Contain("okta-ciam: Okta request failed");
            text.AppendLine(failed);
        }
        finally
        {
            rule.Remove();
        }

        foreach (var line in logs.Lines)
        {
            text.AppendLine(line);
        }

        var all = text.ToString();
        logs.Lines.Should().Contain(l => l.StartsWith("Debug", StringComparison.Ordinal), "every level is captured");
        all.Should().Contain(org.Emulator.Org.TokenOwnerId);
        customers.FindIn($"/api/v1/users/{org.Emulator.Org.Fixtures["customer-with-role"]}: x").Should().NotBeEmpty("the scan finds a customer id where there is one");
        customers.FindIn(all).Should().BeEmpty();
        all.Should().NotContain(org.Emulator.ApiToken);
    }

    [Fact]
    public async Task Sync_Emulator_SyncsTheBuiltInDemoOrg()
    {
        var (code, output, error) = await RunAsync(["sync", "--emulator", "--rows", "2"], []);

        code.Should().Be(0, error);
        error.Should().Contain("Started an Okta emulator at http://127.0.0.1:").And.Contain("500 workforce users").And.Contain("100,000 customers");
        output.Should().StartWith("Managed users: 501   groups: 7   admin roles: 16");
    }

    [Fact]
    public async Task Sync_EmulatorWithOrg_IsAUsageError()
    {
        var (code, _, error) = await RunAsync(["sync", "--emulator", "--org", "acme.okta.com"], []);

        code.Should().Be(2);
        error.Should().Contain("--emulator starts its own org");
    }

    private async Task<string> RunWithLogsAsync(OktaCiamReadMode mode, string format, CapturingLoggerProvider logs, int expectedCode = 0)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, _ => null);
        var options = new OktaCiamOptions
        {
            OrgUrl = org.Emulator.BaseUrl.ToString(),
            ApiToken = org.Emulator.ApiToken,
            App = { Name = "test" },
            Read = { Mode = mode },
        };
        int code;
        try
        {
            code = await SyncCommand.RunAsync(options, new SyncOutput(format, null), console, default, l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        }
        catch (Exception ex)
        {
            code = CliErrors.Report(ex, error);
        }

        code.Should().Be(expectedCode, error.ToString());
        return output + Environment.NewLine + error;
    }
}
