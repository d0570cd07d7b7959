using System.Text.Json;

namespace OktaCiam.Connector.Cli.Tests.Validation;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Validate_HealthyOrg_PrintsEveryCheckAndExitsZero()
    {
        await using var okta = await CliRun.StartOrgAsync();

        var (code, output, _) = await CliRun.AgainstAsync(okta, "validate");

        code.Should().Be(0);
        output.Should().Contain("org_url").And.Contain("rate_limit_headroom").And.Contain("FAIL    MEDIUM    token_owner_role");
        output.Should().Contain("17 passed, 1 failed (0 critical or high), 0 skipped.");
        okta.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task Validate_Json_IsADocumentWithEveryCheck()
    {
        await using var okta = await CliRun.StartOrgAsync();

        var (code, output, _) = await CliRun.AgainstAsync(okta, "validate", "--format", "json");

        code.Should().Be(0);
        using var document = JsonDocument.Parse(output);
        document.RootElement.GetProperty("ok").GetBoolean().Should().BeTrue();
        var checks = document.RootElement.GetProperty("checks").EnumerateArray().ToList();
        checks.Should().HaveCount(18);
        checks[0].GetProperty("key").GetString().Should().Be("org_url");
        checks.Should().OnlyContain(c => c.GetProperty("usageReason").GetString()!.Length > 0 && c.GetProperty("severity").GetString()!.Length > 0);
    }

    [Fact]
    public async Task Validate_CriticalFailure_ExitsThree()
    {
        await using var okta = await CliRun.StartOrgAsync();
        okta.Org.SetUserSchemaAttribute(okta.Org.ManagedAttribute, "string");

        var (code, output, _) = await CliRun.AgainstAsync(okta, "validate");

        code.Should().Be(3);
        output.Should().Contain("FAIL    CRITICAL  user_schema_attribute");
    }

    [Fact]
    public async Task Validate_HighFailure_ExitsThree()
    {
        await using var okta = await CliRun.StartOrgAsync(seed => seed.TokenOwnerRole = "READ_ONLY_ADMIN");

        var (code, output, _) = await CliRun.AgainstAsync(okta, "validate", "--format", "json");

        code.Should().Be(3);
        JsonDocument.Parse(output).RootElement.GetProperty("ok").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task Validate_WrongToken_ExitsThreeWithoutPrintingTheToken()
    {
        await using var okta = await CliRun.StartOrgAsync();

        var (code, output, error) = await CliRun.RunAsync(["validate"], new() { ["OKTA_CIAM_ORG"] = okta.BaseUrl.ToString(), ["OKTA_API_TOKEN"] = "00WrongTokenForTheTest" });

        code.Should().Be(3);
        output.Should().Contain("FAIL    CRITICAL  token_valid");
        (output + error).Should().NotContain("00WrongTokenForTheTest");
    }

    [Fact]
    public async Task Validate_UnknownFormat_IsAUsageError()
    {
        var (code, _, error) = await CliRun.RunAsync(["validate", "--format", "xml"], new() { ["OKTA_CIAM_ORG"] = "acme.okta.com", ["OKTA_API_TOKEN"] = "t" });

        code.Should().Be(2);
        error.Should().Contain("xml");
    }

    [Fact]
    public async Task Validate_NoOrg_IsAUsageError()
    {
        var (code, _, error) = await CliRun.RunAsync(["validate"], new());

        code.Should().Be(2);
        error.Should().Contain("--org");
    }
}
