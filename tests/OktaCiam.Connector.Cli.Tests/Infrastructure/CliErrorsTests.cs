using Microsoft.Extensions.Options;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Cli.Tests.Infrastructure;

public class CliErrorsTests
{
    public static TheoryData<Exception, int> Cases => new()
    {
        { new CliUsageException("bad"), ExitCodes.Usage },
        { new OptionsValidationException("", typeof(OktaCiamOptions), ["OrgUrl is required"]), ExitCodes.Usage },
        { new ConnectorConfigurationException("bad"), ExitCodes.Usage },
        { new ConnectorPolicyRefusedException("not managed"), ExitCodes.Refused },
        { new ConnectorUnauthenticatedException("bad token"), ExitCodes.OktaFailure },
        { new ConnectorTransientException("503"), ExitCodes.OktaFailure },
        { new InvalidOperationException("boom"), ExitCodes.OktaFailure },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Report_MapsExceptionToExitCodeAndOneLine(Exception exception, int expected)
    {
        using var error = new StringWriter();

        CliErrors.Report(exception, error).Should().Be(expected);

        error.ToString().TrimEnd().Split('\n').Should().ContainSingle().Which.Should().StartWith("okta-ciam: ");
    }

    [Fact]
    public void Report_ConnectorError_QuotesTheRequestId()
    {
        using var error = new StringWriter();

        CliErrors.Report(new ConnectorTransientException("Okta answered 503.") { RequestId = "req-42" }, error);

        error.ToString().Should().Contain("req-42");
    }
}
