using Microsoft.Extensions.Logging;

namespace OktaCiam.Connector;

/// <summary>Log messages of the validator (event ids 150–159). Check keys and counts only.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 150, EventName = "ValidationCheckFailed", Level = LogLevel.Warning,
        Message = "Validation check {Key} failed ({Severity})")]
    public static partial void ValidationCheckFailed(ILogger logger, string key, string severity);

    [LoggerMessage(EventId = 151, EventName = "ValidationCompleted", Level = LogLevel.Information,
        Message = "Validation finished: {Passed} passed, {Failed} failed, {Skipped} skipped, {Requests} Okta request(s)")]
    public static partial void ValidationCompleted(ILogger logger, int passed, int failed, int skipped, long requests);
}
