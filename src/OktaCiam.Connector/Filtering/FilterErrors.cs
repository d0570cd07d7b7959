using System.Text.Json;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector;

/// <summary>The filter's page-level errors; messages say where and what, never a byte of record content.</summary>
internal static class FilterErrors
{
    public static ConnectorProtocolException Malformed(JsonException exception) =>
        new($"The Okta response body is not valid JSON or ends early (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine}); the whole page was discarded. Retry the request; if it persists, report the request id to Okta support.");

    public static ConnectorProtocolException Truncated() =>
        new("The Okta response body ended before its JSON was complete; the whole page was discarded. Retry the request.");

    public static ConnectorProtocolException NotAnArray() =>
        new("The Okta response body is not a JSON array of records; the whole page was discarded. Check that the request targets an Okta list endpoint.");

    public static ConnectorProtocolException NotAnObject() =>
        new("The Okta response body is not a JSON object; the record was discarded. Check that the request targets a single Okta user or group.");

    public static ConnectorProtocolException EntryNotAnObject(int index) =>
        new($"Entry {index} of the Okta list response is not a JSON object; the whole page was discarded.");

    public static ConnectorProtocolException NotAnIdList() =>
        new("The Okta response body is neither a JSON array of records nor an object with a 'value' array; the whole page was discarded.");

    public static ConnectorProtocolException AmbiguousIdList(string property) =>
        new($"The Okta response body names '{property}' more than once, so it cannot be read with certainty; the whole page was discarded.");

    public static ConnectorProtocolException UnreadableNextLink() =>
        new("The Okta response body's next-page link is not valid text, so paging cannot continue with certainty; the whole page was discarded.");

    public static ConnectorProtocolException RecordTooLarge(int limit) =>
        new($"An Okta record or JSON token is larger than {limit / (1024 * 1024)} MiB; the whole page was discarded.");
}
