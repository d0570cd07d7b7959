using System.Text.Json;

namespace OktaCiam.Connector.Testing;

/// <summary>
/// <c>/api/v1/iam/*</c>: custom roles, resource sets, bindings and the users holding roles. These lists page through
/// <c>_links.next.href</c> in the body, and the link names the org's <c>-admin</c> host like real Okta.
/// </summary>
internal static class IamEndpoints
{
    public static EmulatorResponse Roles(RequestContext ctx)
    {
        lock (ctx.Org.Gate)
        {
            return Page(ctx, "roles", "/api/v1/iam/roles", ctx.Org.CustomRolesLocked, (w, r) => OktaJson.WriteCustomRole(w, r, ctx.Render));
        }
    }

    public static EmulatorResponse Role(RequestContext ctx)
    {
        lock (ctx.Org.Gate)
        {
            var role = ctx.Org.FindCustomRoleLocked(ctx.Args[0]);
            return role is null ? EmulatorResponse.NotFound(ctx.Args[0], "Role") : EmulatorResponse.Json(200, w => OktaJson.WriteCustomRole(w, role, ctx.Render));
        }
    }

    public static EmulatorResponse ResourceSets(RequestContext ctx)
    {
        lock (ctx.Org.Gate)
        {
            return Page(ctx, "resource-sets", "/api/v1/iam/resource-sets", ctx.Org.ResourceSetsLocked, (w, s) => OktaJson.WriteResourceSet(w, s, ctx.Render));
        }
    }

    public static EmulatorResponse ResourceSet(RequestContext ctx)
    {
        lock (ctx.Org.Gate)
        {
            var set = ctx.Org.FindResourceSetLocked(ctx.Args[0]);
            return set is null ? EmulatorResponse.NotFound(ctx.Args[0], "ResourceSet") : EmulatorResponse.Json(200, w => OktaJson.WriteResourceSet(w, set, ctx.Render));
        }
    }

    public static EmulatorResponse Bindings(RequestContext ctx)
    {
        var org = ctx.Org;
        lock (org.Gate)
        {
            var set = org.FindResourceSetLocked(ctx.Args[0]);
            if (set is null)
            {
                return EmulatorResponse.NotFound(ctx.Args[0], "ResourceSet");
            }

            var roles = AssignmentsLocked(org).Where(a => a.ResourceSetId == set.Id && a.RoleId is not null).Select(a => a.RoleId!).Distinct().ToList();
            var path = $"/api/v1/iam/resource-sets/{set.Id}/bindings";
            return Page(ctx, "roles", path, roles, (w, role) =>
            {
                w.WriteStartObject();
                w.WriteString("id", role);
                w.WriteStartObject("_links");
                OktaJson.WriteLink(w, "self", string.Concat(ctx.Render.Base, "/api/v1/iam/roles/", role));
                OktaJson.WriteLink(w, "members", string.Concat(ctx.Render.Base, path, "/", role, "/members"));
                w.WriteEndObject();
                w.WriteEndObject();
            }, w =>
            {
                OktaJson.WriteLink(w, "self", ctx.Render.Base + path);
                OktaJson.WriteLink(w, "resource-set", string.Concat(ctx.Render.Base, "/api/v1/iam/resource-sets/", set.Id));
            });
        }
    }

    public static EmulatorResponse BindingMembers(RequestContext ctx)
    {
        var org = ctx.Org;
        lock (org.Gate)
        {
            var set = org.FindResourceSetLocked(ctx.Args[0]);
            if (set is null)
            {
                return EmulatorResponse.NotFound(ctx.Args[0], "ResourceSet");
            }

            var roleId = org.FindCustomRoleLocked(ctx.Args[1])?.Id ?? ctx.Args[1];
            var members = AssignmentsLocked(org).Where(a => a.ResourceSetId == set.Id && a.RoleId == roleId).ToList();
            if (members.Count == 0 && org.FindCustomRoleLocked(ctx.Args[1]) is null)
            {
                return EmulatorResponse.NotFound(ctx.Args[1], "Role");
            }

            var path = $"/api/v1/iam/resource-sets/{set.Id}/bindings/{roleId}/members";
            return Page(ctx, "members", path, members, (w, a) =>
            {
                w.WriteStartObject();
                w.WriteString("id", a.Id);
                OktaJson.WriteTime(w, "created", a.Created);
                OktaJson.WriteTime(w, "lastUpdated", a.LastUpdated);
                w.WriteStartObject("_links");
                OktaJson.WriteLink(w, "self", RoleEndpoints.AssigneeHref(ctx, a));
                w.WriteEndObject();
                w.WriteEndObject();
            }, w =>
            {
                OktaJson.WriteLink(w, "self", ctx.Render.Base + path);
                OktaJson.WriteLink(w, "binding", string.Concat(ctx.Render.Base, "/api/v1/iam/resource-sets/", set.Id, "/bindings/", roleId));
            });
        }
    }

    public static EmulatorResponse Assignees(RequestContext ctx)
    {
        var org = ctx.Org;
        if (Paging.TryLimit(ctx, 100, 200, out var limit) is { } badLimit)
        {
            return badLimit;
        }

        if (Paging.TryAfter(ctx, out var after) is { } badAfter)
        {
            return badAfter;
        }

        List<string> ids;
        string? next = null;
        lock (org.Gate)
        {
            var positions = org.AssigneePositionsLocked().GetViewBetween((int)Math.Min(int.MaxValue - 1, after + 1), int.MaxValue).Take(limit + 1).ToList();
            if (positions.Count > limit)
            {
                positions.RemoveAt(limit);
                next = Paging.BodyNextLink(ctx, "/api/v1/iam/assignees/users", Paging.Cursor(ctx, positions[^1]), limit);
            }

            ids = [.. positions.Select(org.UserIdLocked)];
        }

        return EmulatorResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("value");
            foreach (var id in ids)
            {
                w.WriteStartObject();
                w.WriteString("id", id);
                w.WriteString("orn", $"orn:okta:{org.OrgId}:users:{id}");
                w.WriteStartObject("_links");
                var user = string.Concat(ctx.Render.Base, "/api/v1/users/", id);
                OktaJson.WriteLink(w, "self", user);
                OktaJson.WriteLink(w, "roles", user + "/roles");
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("_links");
            if (next is not null)
            {
                OktaJson.WriteLink(w, "next", next);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    private static IEnumerable<RoleAssignmentRecord> AssignmentsLocked(EmulatedOrg org) =>
        org.DirectAssignmentsLocked().Concat(org.GroupsLocked.Where(g => g.Current is not null).SelectMany(g => g.Roles));

    private static EmulatorResponse Page<T>(RequestContext ctx, string property, string path, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write, Action<Utf8JsonWriter>? links = null)
    {
        if (Paging.TryLimit(ctx, 20, 100, out var limit) is { } badLimit)
        {
            return badLimit;
        }

        if (Paging.TryAfter(ctx, out var after) is { } badAfter)
        {
            return badAfter;
        }

        var start = (int)Math.Min(items.Count, after + 1);
        var end = Math.Min(items.Count, start + limit);
        var next = end < items.Count ? Paging.BodyNextLink(ctx, path, Paging.Cursor(ctx, end - 1), ctx.Query("limit") is null ? null : limit) : null;
        return EmulatorResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray(property);
            for (var i = start; i < end; i++)
            {
                write(w, items[i]);
            }

            w.WriteEndArray();
            w.WriteStartObject("_links");
            links?.Invoke(w);
            if (next is not null)
            {
                OktaJson.WriteLink(w, "next", next);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        });
    }
}
