using Microsoft.Extensions.Options;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Cli;

/// <summary>Maps failures to one clear stderr line and an exit code; the only place that decides exit codes for errors.</summary>
internal static class CliErrors
{
    public static int Report(Exception exception, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(error);

        var (code, message) = exception switch
        {
            CliUsageException e => (ExitCodes.Usage, e.Message),
            OptionsValidationException e => (ExitCodes.Usage, "configuration: " + string.Join(" ", e.Failures)),
            ConnectorConfigurationException e => (ExitCodes.Usage, "configuration: " + e.Message),
            ConnectorPolicyRefusedException e => (ExitCodes.Refused, "refused: " + e.Message),
            ConnectorUnauthenticatedException e => (ExitCodes.OktaFailure, "Okta rejected the credentials: " + e.Message + RequestId(e)),
            ConnectorException e => (ExitCodes.OktaFailure, "Okta request failed: " + e.Message + RequestId(e)),
            OperationCanceledException => (ExitCodes.OktaFailure, "cancelled."),
            _ => (ExitCodes.OktaFailure, $"unexpected failure ({exception.GetType().Name}): {exception.Message}"),
        };

        error.WriteLine($"okta-ciam: {message}");
        return code;
    }

    private static string RequestId(ConnectorException e) => e.RequestId is { } id ? $" (Okta request id {id})" : string.Empty;
}
