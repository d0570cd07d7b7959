using System.Text;
using System.Text.Json;
using OktaCiam.Connector.Abstractions;
using OktaCiam.Connector.Testing;

namespace OktaCiam.Connector.Tests.Reading;

/// <summary>Full syncs, successful and failing, leave no customer id, login or email in logs, results or exception messages.</summary>
public partial class OktaCiamConnectorReadTests
{
    [Fact]
    public async Task Sync_LogsResultsAndErrors_HoldNoCustomerIdentity()
    {
        var customers = CustomerIdentities.Of(org.Org);
        customers.Count.Should().BeGreaterThan(3 * SeededOrgFixture.Customers / 2);
        var text = new StringBuilder();

        foreach (var mode in new[] { OktaCiamReadMode.Search, OktaCiamReadMode.FullScan })
        {
            await using var sut = EmulatorConnector.Create(org.Emulator, o => o.Mode = mode);
            var snapshot = await sut.SyncAsync();
            text.AppendLine(JsonSerializer.Serialize(snapshot));
            Collect(sut, text);
        }

        var permission = EmulatorFault.ErrorResponse(403, "E0000006", "You do not have permission to see casey.stringtrue@example.com");
        var notFound = EmulatorFault.ErrorResponse(404, "E0000007", "Not found: Resource not found: " + org.Org.Fixtures["customer-with-role"] + " (User)");
        (EmulatorFault Fault, string Path, int Skip)[] injected =
        [
            (EmulatorFault.TruncatedBody(0.3), "/api/v1/users", 1),
            (EmulatorFault.TruncatedBody(0.3), "/api/v1/users/*", 10),
            (notFound, "/api/v1/groups/*/users", 1),
            (EmulatorFault.TruncatedBody(0.5), "/api/v1/groups/*/users", 2),
            (permission, "/api/v1/iam/assignees/users", 0),
        ];
        var failures = 0;
        foreach (var (fault, path, skip) in injected)
        {
            var rule = org.Emulator.Faults.Add(fault, "GET", path, skip);
            try
            {
                await using var sut = EmulatorConnector.Create(org.Emulator);
                try
                {
                    await sut.SyncAsync();
                }
                catch (ConnectorException ex)
                {
                    failures++;
                    text.AppendLine(ex.ToString());
                }

                Collect(sut, text);
            }
            finally
            {
                rule.Remove();
            }
        }

        failures.Should().Be(injected.Length, "every injected fault end the sync with an error whose message is scanned too");
        var all = text.ToString();
        customers.FindIn($"GET /api/v1/users/{org.Org.Fixtures["customer-with-role"]}?x=1 failed.").Should().NotBeEmpty("the scan finds a customer id where there is one");
        all.Should().Contain(org.Org.TokenOwnerId, "the scan sees the managed identities that are there");
        customers.FindIn(all).Should().BeEmpty();
        foreach (var fixture in new[] { "customer-with-role", "customer-string-true", "customer-duplicate-true-first", "customer-array-true", "customer-group-string-true" })
        {
            all.Should().NotContain(org.Org.Fixtures[fixture]);
        }

        all.Should().NotContain("casey.stringtrue@example.com").And.NotContain(org.Emulator.ApiToken);
    }

    private static void Collect(EmulatorConnector sut, StringBuilder text)
    {
        foreach (var record in sut.Logs.GetSnapshot())
        {
            text.AppendLine(record.Message);
            if (record.Exception is { } exception)
            {
                text.AppendLine(exception.ToString());
            }

            foreach (var (key, value) in record.StructuredState ?? [])
            {
                text.Append(key).Append('=').AppendLine(value);
            }
        }
    }
}
