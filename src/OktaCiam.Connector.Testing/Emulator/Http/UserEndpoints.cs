using System.Text.Json;

namespace OktaCiam.Connector.Testing;

/// <summary><c>/api/v1/users</c>: lists with search/filter/q, get by id or login, groups, lifecycle and delete.</summary>
internal static class UserEndpoints
{
    public const int MaxLimit = 200;

    public static EmulatorResponse List(RequestContext ctx)
    {
        var org = ctx.Org;
        var search = ctx.Query("search");
        var filter = ctx.Query("filter");
        var q = ctx.Query("q");
        if (search is not null && filter is not null)
        {
            return EmulatorResponse.Error(400, "E0000031", "Invalid search criteria.", "Use either search or filter, not both.");
        }

        var mode = search is not null ? ListMode.Search : filter is not null ? ListMode.Filter : q is not null ? ListMode.Query : ListMode.Plain;
        if (Paging.TryLimit(ctx, mode == ListMode.Query ? 10 : 200, MaxLimit, out var limit) is { } badLimit)
        {
            return badLimit;
        }

        if (Paging.TryAfter(ctx, out var after) is { } badAfter)
        {
            return badAfter;
        }

        if (mode == ListMode.Search && !org.SearchAvailable)
        {
            return Expressions.SearchUnavailable();
        }

        List<UserRow> rows;
        bool more;
        long last;
        lock (org.Gate)
        {
            SearchNode? node = null;
            if (mode == ListMode.Search && Expressions.TryParse(search!, n => SearchRules.ValidateUserSearch(n, org.IsUserProfileAttributeLocked), out node) is { } bad)
            {
                return bad;
            }

            if (mode == ListMode.Filter && Expressions.TryParse(filter!, SearchRules.ValidateUserFilter, out node) is { } badFilter)
            {
                return badFilter;
            }

            rows = org.QueryUsersLocked(mode, node, q, mode == ListMode.Query ? -1 : after, limit, out more, out last);
        }

        var response = RenderUsers(ctx, rows);
        Paging.AddLinks(response, ctx, more && mode != ListMode.Query ? Paging.Cursor(ctx, last) : null);
        return response;
    }

    public static EmulatorResponse Get(RequestContext ctx)
    {
        var org = ctx.Org;
        UserRow row;
        lock (org.Gate)
        {
            var position = org.ResolveUserLocked(ctx.Args[0]);
            if (position < 0 || org.CurrentUserLocked(position) is not { } state)
            {
                return EmulatorResponse.NotFound(ctx.Args[0], "User");
            }

            row = new UserRow(org.UserIdLocked(position), state);
        }

        return EmulatorResponse.Json(200, w => OktaJson.WriteUser(w, org, row, ctx.Render, allLinks: true));
    }

    public static EmulatorResponse Me(RequestContext ctx)
    {
        var org = ctx.Org;
        if (!ctx.Principal.IsApiToken)
        {
            return EmulatorResponse.NotFound("me", "User");
        }

        UserRow row;
        lock (org.Gate)
        {
            var position = org.TokenOwnerPositionLocked;
            if (org.CurrentUserLocked(position) is not { } state)
            {
                return EmulatorResponse.NotFound("me", "User");
            }

            row = new UserRow(org.UserIdLocked(position), state);
        }

        return EmulatorResponse.Json(200, w => OktaJson.WriteUser(w, org, row, ctx.Render, allLinks: true));
    }

    public static EmulatorResponse Groups(RequestContext ctx)
    {
        var org = ctx.Org;
        List<GroupRow> groups;
        lock (org.Gate)
        {
            if (Resolve(ctx, out var position) is { } missing)
            {
                return missing;
            }

            groups = [.. org.GroupsLocked.Where(g => g.Current is not null && org.IsMemberLocked(g, position)).Select(g => new GroupRow(g, g.Current!))];
        }

        return EmulatorResponse.Json(200, w =>
        {
            w.WriteStartArray();
            foreach (var row in groups)
            {
                OktaJson.WriteGroup(w, row, ctx.Render);
            }

            w.WriteEndArray();
        });
    }

    public static EmulatorResponse Deactivate(RequestContext ctx)
    {
        var org = ctx.Org;
        lock (org.Gate)
        {
            if (Resolve(ctx, out var position) is { } missing)
            {
                return missing;
            }

            if (org.CurrentUserLocked(position)!.Status == "DEPROVISIONED")
            {
                // Okta answers a second deactivation with 404 (okta-sdk-java#721).
                return EmulatorResponse.NotFound(org.UserIdLocked(position), "User");
            }

            DeactivateLocked(ctx, position);
        }

        return EmulatorResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteEndObject();
        }, 16);
    }

    /// <summary>Okta's two-step delete: a user who is not deprovisioned is only deactivated; a deprovisioned one is deleted.</summary>
    public static EmulatorResponse Delete(RequestContext ctx)
    {
        var org = ctx.Org;
        lock (org.Gate)
        {
            if (Resolve(ctx, out var position) is { } missing)
            {
                return missing;
            }

            if (org.CurrentUserLocked(position)!.Status != "DEPROVISIONED")
            {
                DeactivateLocked(ctx, position);
            }
            else
            {
                org.DeleteUserLocked(position, ctx.Actor, ctx.RequestId);
            }
        }

        return EmulatorResponse.NoContent();
    }

    public static EmulatorResponse RenderUsers(RequestContext ctx, List<UserRow> rows) =>
        EmulatorResponse.Json(200, w =>
        {
            w.WriteStartArray();
            foreach (var row in rows)
            {
                OktaJson.WriteUser(w, ctx.Org, row, ctx.Render);
            }

            w.WriteEndArray();
        }, Math.Max(1024, rows.Count * 2048));

    /// <summary>Resolves the user in the first path argument; a 404 answer when absent or deleted.</summary>
    public static EmulatorResponse? Resolve(RequestContext ctx, out int position, int argument = 0)
    {
        position = ctx.Org.ResolveUserLocked(ctx.Args[argument]);
        return position < 0 || ctx.Org.CurrentUserLocked(position) is null ? EmulatorResponse.NotFound(ctx.Args[argument], "User") : null;
    }

    private static void DeactivateLocked(RequestContext ctx, int position)
    {
        var org = ctx.Org;
        var now = org.Now;
        org.ChangeUserLocked(position, s => s with { Status = "DEPROVISIONED", StatusChanged = now });
        org.RecordLocked("user.lifecycle.deactivate", "Deactivate Okta user", ctx.Actor, ctx.RequestId, org.UserTargetLocked(position));
    }

    internal static bool TryReadJson(byte[]? body, out JsonDocument? document)
    {
        document = null;
        if (body is null || body.Length == 0)
        {
            return false;
        }

        try
        {
            document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
