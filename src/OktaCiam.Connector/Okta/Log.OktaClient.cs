using Microsoft.Extensions.Logging;

namespace OktaCiam.Connector;

/// <summary>Log messages of the Okta client (event ids 100–119). Never a token, a body, a login or a query: endpoints are path templates.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 100, EventName = "OktaResponse", Level = LogLevel.Debug,
        Message = "Okta {Endpoint} answered {StatusCode} (request id {RequestId})")]
    public static partial void OktaResponse(ILogger logger, string endpoint, int statusCode, string? requestId);

    [LoggerMessage(EventId = 101, EventName = "OktaRequestFailed", Level = LogLevel.Warning,
        Message = "Okta {Endpoint} failed with {StatusCode} {ErrorCode} (request id {RequestId})")]
    public static partial void OktaRequestFailed(ILogger logger, string endpoint, int statusCode, string? errorCode, string? requestId);

    [LoggerMessage(EventId = 102, EventName = "OktaRetry", Level = LogLevel.Warning,
        Message = "Retrying Okta {Endpoint} in {Delay} (retry {Attempt}) after {Reason}")]
    public static partial void OktaRetry(ILogger logger, string endpoint, TimeSpan delay, int attempt, string reason);

    [LoggerMessage(EventId = 103, EventName = "OktaRateLimitPause", Level = LogLevel.Information,
        Message = "Pausing Okta {Endpoint} for {Delay}: its rate-limit bucket is down to the headroom left for other clients")]
    public static partial void OktaRateLimitPause(ILogger logger, string endpoint, TimeSpan delay);

    [LoggerMessage(EventId = 104, EventName = "OktaTokenIssued", Level = LogLevel.Information,
        Message = "Obtained an OAuth access token for service app {ClientId}, valid for {Lifetime}")]
    public static partial void OktaTokenIssued(ILogger logger, string clientId, TimeSpan lifetime);

    [LoggerMessage(EventId = 105, EventName = "OktaTokenRejected", Level = LogLevel.Warning,
        Message = "Okta rejected the access token on {Endpoint}; getting a new one and retrying once")]
    public static partial void OktaTokenRejected(ILogger logger, string endpoint);

    [LoggerMessage(EventId = 106, EventName = "OktaNextLinkHostReplaced", Level = LogLevel.Debug,
        Message = "Okta's next link for {Endpoint} named another host; following its path on the configured org host")]
    public static partial void OktaNextLinkHostReplaced(ILogger logger, string endpoint);

    [LoggerMessage(EventId = 107, EventName = "OktaMalformedBody", Level = LogLevel.Warning,
        Message = "Okta's response to {Endpoint} was truncated or malformed and was discarded (request id {RequestId})")]
    public static partial void OktaMalformedBody(ILogger logger, string endpoint, string? requestId, Exception exception);

    [LoggerMessage(EventId = 108, EventName = "OktaTransportFailed", Level = LogLevel.Warning,
        Message = "Okta {Endpoint} got no response: {ExceptionType}")]
    public static partial void OktaTransportFailed(ILogger logger, string endpoint, string exceptionType);
}
