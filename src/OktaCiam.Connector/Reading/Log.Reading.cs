using Microsoft.Extensions.Logging;

namespace OktaCiam.Connector;

/// <summary>Log messages of the readers (event ids 120–139). Counts and list names only: never an id, login, email or query.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 120, EventName = "ReadSearchUnavailable", Level = LogLevel.Warning,
        Message = "Okta answered {StatusCode} {ErrorCode} to the {List} search, so the {List} list falls back to a full scan (every identity is read and filtered locally; API calls grow with the whole org) for the next {Duration}")]
    public static partial void ReadSearchUnavailable(ILogger logger, int? statusCode, string? errorCode, string list, TimeSpan duration);

    [LoggerMessage(EventId = 121, EventName = "ReadListCompleted", Level = LogLevel.Debug,
        Message = "Read the {List} list to its end: {Managed} managed")]
    public static partial void ReadListCompleted(ILogger logger, string list, int managed);

    [LoggerMessage(EventId = 122, EventName = "ReadStaleSearchHits", Level = LogLevel.Debug,
        Message = "{Count} {List} search hit(s) were not managed when re-read by id (the search index was behind) and were left out")]
    public static partial void ReadStaleSearchHits(ILogger logger, int count, string list);

    [LoggerMessage(EventId = 123, EventName = "ReadAssignmentsIndexed", Level = LogLevel.Information,
        Message = "Read admin-role assignments: {Holders} managed role holder(s) and {Groups} managed group(s), {Assignments} assignment(s)")]
    public static partial void ReadAssignmentsIndexed(ILogger logger, int holders, int groups, int assignments);

    [LoggerMessage(EventId = 124, EventName = "ReadListingManagedIds", Level = LogLevel.Information,
        Message = "Listing managed {List} to filter role assignees (no complete {List} list within Read:CacheDuration)")]
    public static partial void ReadListingManagedIds(ILogger logger, string list);
}
