namespace OktaCiam.Connector.Testing;

/// <summary><c>/api/v1/groups</c>: lists with search/filter/q, get, members, and membership writes (OKTA_GROUP only).</summary>
internal static class GroupEndpoints
{
    public const int MaxLimit = 10_000;

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
        if (Paging.TryLimit(ctx, mode == ListMode.Query ? 300 : MaxLimit, MaxLimit, out var limit) is { } badLimit)
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

        SearchNode? node = null;
        if (mode == ListMode.Search && Expressions.TryParse(search!, SearchRules.ValidateGroupSearch, out node) is { } bad)
        {
            return bad;
        }

        if (mode == ListMode.Filter && Expressions.TryParse(filter!, SearchRules.ValidateGroupFilter, out node) is { } badFilter)
        {
            return badFilter;
        }

        List<GroupRow> rows;
        bool more;
        long last;
        lock (org.Gate)
        {
            rows = org.QueryGroupsLocked(mode, node, q, mode == ListMode.Query ? -1 : after, limit, out more, out last);
        }

        var response = EmulatorResponse.Json(200, w =>
        {
            w.WriteStartArray();
            foreach (var row in rows)
            {
                OktaJson.WriteGroup(w, row, ctx.Render);
            }

            w.WriteEndArray();
        });
        Paging.AddLinks(response, ctx, more && mode != ListMode.Query ? Paging.Cursor(ctx, last) : null);
        return response;
    }

    public static EmulatorResponse Get(RequestContext ctx)
    {
        GroupRow row;
        lock (ctx.Org.Gate)
        {
            if (Resolve(ctx, out var group) is { } missing)
            {
                return missing;
            }

            row = new GroupRow(group, group.Current!);
        }

        return EmulatorResponse.Json(200, w => OktaJson.WriteGroup(w, row, ctx.Render));
    }

    public static EmulatorResponse Members(RequestContext ctx)
    {
        var org = ctx.Org;
        if (Paging.TryLimit(ctx, 1000, MaxLimit, out var limit) is { } badLimit)
        {
            return badLimit;
        }

        if (Paging.TryAfter(ctx, out var after) is { } badAfter)
        {
            return badAfter;
        }

        List<UserRow> rows;
        bool more;
        long last;
        lock (org.Gate)
        {
            if (Resolve(ctx, out var group) is { } missing)
            {
                return missing;
            }

            rows = org.QueryMembersLocked(group, after, limit, out more, out last);
        }

        var response = UserEndpoints.RenderUsers(ctx, rows);
        Paging.AddLinks(response, ctx, more ? Paging.Cursor(ctx, last) : null);
        return response;
    }

    public static EmulatorResponse AddMember(RequestContext ctx) => ChangeMember(ctx, add: true);

    public static EmulatorResponse RemoveMember(RequestContext ctx) => ChangeMember(ctx, add: false);

    public static EmulatorResponse? Resolve(RequestContext ctx, out GroupRecord group)
    {
        group = ctx.Org.FindGroupLocked(ctx.Args[0])!;
        return group is null ? EmulatorResponse.NotFound(ctx.Args[0], "UserGroup") : null;
    }

    private static EmulatorResponse ChangeMember(RequestContext ctx, bool add)
    {
        var org = ctx.Org;
        lock (org.Gate)
        {
            if (Resolve(ctx, out var group) is { } missing)
            {
                return missing;
            }

            if (UserEndpoints.Resolve(ctx, out var position, argument: 1) is { } missingUser)
            {
                return missingUser;
            }

            if (group.Current!.Type != "OKTA_GROUP")
            {
                // Okta refuses membership changes on APP_GROUP and BUILT_IN groups with a plain access-denied error.
                return EmulatorResponse.Error(403, "E0000006", "You do not have permission to perform the requested action");
            }

            if (add)
            {
                org.AddMemberLocked(group, position, ctx.Actor, ctx.RequestId);
            }
            else
            {
                org.RemoveMemberLocked(group, position, ctx.Actor, ctx.RequestId);
            }
        }

        return EmulatorResponse.NoContent();
    }
}
