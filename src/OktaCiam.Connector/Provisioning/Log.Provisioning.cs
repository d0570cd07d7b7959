using Microsoft.Extensions.Logging;

namespace OktaCiam.Connector;

/// <summary>Log messages of the provisioner, deprovisioner and write guard (event ids 140–149). Operations, rules and outcomes only: never an id, login or role holder.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 140, EventName = "WriteRefused", Level = LogLevel.Warning,
        Message = "Refused the {Operation} before sending anything: {Rule}")]
    public static partial void WriteRefused(ILogger logger, string operation, string rule);

    [LoggerMessage(EventId = 141, EventName = "WriteTargetNotFound", Level = LogLevel.Information,
        Message = "The {Operation} was not attempted: Okta has no such {Kind}")]
    public static partial void WriteTargetNotFound(ILogger logger, string operation, string kind);

    [LoggerMessage(EventId = 142, EventName = "WriteCompleted", Level = LogLevel.Information,
        Message = "The {Operation} ended {Outcome} after {WriteCount} write request(s)")]
    public static partial void WriteCompleted(ILogger logger, string operation, string outcome, int writeCount);

    [LoggerMessage(EventId = 143, EventName = "WriteOutcomeUncertain", Level = LogLevel.Warning,
        Message = "The {Operation} lost Okta's answer to {Endpoint}; re-reading the user to learn what happened")]
    public static partial void WriteOutcomeUncertain(ILogger logger, string operation, string endpoint);
}
