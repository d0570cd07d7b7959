using System.Text.Json;

namespace OktaCiam.Connector.Testing;

/// <summary><c>GET /api/v1/logs</c>: the changes made through the API or the test API, as System Log events. A polling request (no <c>until</c>, ascending) always gets a next link.</summary>
internal static class SystemLogEndpoints
{
    private const long Day = 86_400_000L;

    public static EmulatorResponse List(RequestContext ctx)
    {
        var org = ctx.Org;
        var now = org.Now;
        if (Paging.TryLimit(ctx, 100, 1000, out var limit) is { } badLimit)
        {
            return badLimit;
        }

        if (Paging.TryAfter(ctx, out var after) is { } badAfter)
        {
            return badAfter;
        }

        var untilText = ctx.Query("until");
        long until = now;
        if (untilText is not null && !OktaTime.TryParse(untilText, out until))
        {
            return EmulatorResponse.Invalid("until", $"'{untilText}' is not an ISO 8601 timestamp.");
        }

        var sinceText = ctx.Query("since");
        var since = until - (7 * Day);
        if (sinceText is not null && !OktaTime.TryParse(sinceText, out since))
        {
            return EmulatorResponse.Invalid("since", $"'{sinceText}' is not an ISO 8601 timestamp.");
        }

        var order = ctx.Query("sortOrder") ?? "ASCENDING";
        if (order is not ("ASCENDING" or "DESCENDING"))
        {
            return EmulatorResponse.Invalid("sortOrder", "sortOrder must be ASCENDING or DESCENDING.");
        }

        SearchNode? node = null;
        if (ctx.Query("filter") is { } filter && Expressions.TryParse(filter, SearchRules.ValidateLogFilter, out node, "E0000053", "Invalid SCIM filter.") is { } bad)
        {
            return bad;
        }

        var keyword = ctx.Query("q");
        var ascending = order == "ASCENDING";
        var polling = untilText is null && ascending;
        var events = new List<SystemLogEvent>(Math.Min(limit, 256));
        var more = false;
        long maxSequence;
        lock (org.Gate)
        {
            var log = org.LogLocked;
            maxSequence = log.Count > 0 ? log[^1].Sequence : 0;
            var source = new LogEventFieldSource();
            IEnumerable<SystemLogEvent> candidates = ascending ? log : log.Reverse();
            foreach (var e in candidates)
            {
                if (after >= 0 && (ascending ? e.Sequence <= after : e.Sequence >= after))
                {
                    continue;
                }

                if (e.Published < since || e.Published > until)
                {
                    continue;
                }

                if (node is not null)
                {
                    source.Event = e;
                    if (!SearchEvaluator.Matches(node, source, search: false, loose: false))
                    {
                        continue;
                    }
                }

                if (keyword is not null && !Matches(e, keyword))
                {
                    continue;
                }

                if (events.Count == limit)
                {
                    more = true;
                    break;
                }

                events.Add(e);
            }
        }

        var response = EmulatorResponse.Json(200, w =>
        {
            w.WriteStartArray();
            foreach (var e in events)
            {
                Write(w, e);
            }

            w.WriteEndArray();
        });

        string? next = null;
        if (more)
        {
            next = Paging.Cursor(ctx, events[^1].Sequence);
        }
        else if (polling)
        {
            next = Paging.Cursor(ctx, events.Count > 0 ? events[^1].Sequence : Math.Max(after, maxSequence));
        }

        Paging.AddLinks(response, ctx, next);
        return response;
    }

    private static bool Matches(SystemLogEvent e, string keyword)
    {
        foreach (var word in keyword.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var hit = e.EventType.Contains(word, StringComparison.OrdinalIgnoreCase) || e.DisplayMessage.Contains(word, StringComparison.OrdinalIgnoreCase) ||
                e.Actor.AlternateId.Contains(word, StringComparison.OrdinalIgnoreCase) || e.Targets.Any(t => t.Id == word || t.AlternateId.Contains(word, StringComparison.OrdinalIgnoreCase));
            if (!hit)
            {
                return false;
            }
        }

        return true;
    }

    private static void Write(Utf8JsonWriter w, SystemLogEvent e)
    {
        w.WriteStartObject();
        w.WritePropertyName("actor");
        WriteActor(w, e.Actor);
        w.WriteStartObject("client");
        w.WriteStartObject("userAgent");
        w.WriteString("rawUserAgent", "okta-ciam-emulator");
        w.WriteString("os", "Unknown");
        w.WriteString("browser", "UNKNOWN");
        w.WriteEndObject();
        w.WriteNull("zone");
        w.WriteString("device", "Unknown");
        w.WriteNull("id");
        w.WriteString("ipAddress", "127.0.0.1");
        w.WriteNull("geographicalContext");
        w.WriteEndObject();
        w.WriteNull("device");
        w.WriteStartObject("authenticationContext");
        w.WriteNull("authenticationProvider");
        w.WriteNull("credentialProvider");
        w.WriteNull("credentialType");
        w.WriteNull("issuer");
        w.WriteNull("interface");
        w.WriteNumber("authenticationStep", 0);
        w.WriteString("externalSessionId", "unknown");
        w.WriteEndObject();
        w.WriteString("displayMessage", e.DisplayMessage);
        w.WriteString("eventType", e.EventType);
        w.WriteStartObject("outcome");
        w.WriteString("result", e.Outcome);
        w.WriteNull("reason");
        w.WriteEndObject();
        OktaJson.WriteTime(w, "published", e.Published);
        w.WriteStartObject("securityContext");
        w.WriteNull("asNumber");
        w.WriteNull("asOrg");
        w.WriteNull("isp");
        w.WriteNull("domain");
        w.WriteNull("isProxy");
        w.WriteEndObject();
        w.WriteString("severity", "INFO");
        w.WriteStartObject("debugContext");
        w.WriteStartObject("debugData");
        if (e.RequestId is not null)
        {
            w.WriteString("requestId", e.RequestId);
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteNull("legacyEventType");
        w.WriteStartObject("transaction");
        w.WriteString("type", "WEB");
        w.WriteString("id", e.RequestId ?? "system");
        w.WriteStartObject("detail");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteString("uuid", e.Uuid);
        w.WriteString("version", "0");
        w.WriteStartObject("request");
        w.WriteStartArray("ipChain");
        w.WriteStartObject();
        w.WriteString("ip", "127.0.0.1");
        w.WriteNull("geographicalContext");
        w.WriteString("version", "V4");
        w.WriteNull("source");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartArray("target");
        foreach (var target in e.Targets)
        {
            WriteActor(w, target);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter w, LogActor actor)
    {
        w.WriteStartObject();
        w.WriteString("id", actor.Id);
        w.WriteString("type", actor.Type);
        w.WriteString("alternateId", actor.AlternateId);
        w.WriteString("displayName", actor.DisplayName);
        w.WriteNull("detailEntry");
        w.WriteEndObject();
    }
}
