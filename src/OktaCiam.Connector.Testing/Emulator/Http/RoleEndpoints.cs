namespace OktaCiam.Connector.Testing;

/// <summary>Role assignments of users (<c>/api/v1/users/{id}/roles</c>) and groups (<c>/api/v1/groups/{id}/roles</c>).</summary>
internal static class RoleEndpoints
{
    public static EmulatorResponse ListForUser(RequestContext ctx)
    {
        var org = ctx.Org;
        List<(RoleAssignmentRecord Assignment, string Assignee)> roles;
        lock (org.Gate)
        {
            if (UserEndpoints.Resolve(ctx, out var position) is { } missing)
            {
                return missing;
            }

            roles = [.. org.UserRolesLocked(position).Select(a => (a, AssigneeHref(ctx, a)))];
        }

        return Render(ctx, roles);
    }

    public static EmulatorResponse GetForUser(RequestContext ctx)
    {
        var org = ctx.Org;
        lock (org.Gate)
        {
            if (UserEndpoints.Resolve(ctx, out var position) is { } missing)
            {
                return missing;
            }

            var assignment = org.UserRolesLocked(position).FirstOrDefault(a => a.Id == ctx.Args[1]);
            return assignment is null
                ? EmulatorResponse.NotFound(ctx.Args[1], "RoleAssignment")
                : EmulatorResponse.Json(200, w => OktaJson.WriteRoleAssignment(w, org, assignment, AssigneeHref(ctx, assignment), ctx.Render));
        }
    }

    public static EmulatorResponse AssignToUser(RequestContext ctx)
    {
        lock (ctx.Org.Gate)
        {
            return UserEndpoints.Resolve(ctx, out var position) ?? Assign(ctx, toGroup: false, position);
        }
    }

    public static EmulatorResponse UnassignFromUser(RequestContext ctx)
    {
        var org = ctx.Org;
        lock (org.Gate)
        {
            if (UserEndpoints.Resolve(ctx, out var position) is { } missing)
            {
                return missing;
            }

            // An assignment the user holds through a group is not the user's to remove: Okta does not find it here.
            return org.UnassignRoleLocked(false, position, ctx.Args[1], ctx.Actor, ctx.RequestId)
                ? EmulatorResponse.NoContent()
                : EmulatorResponse.NotFound(ctx.Args[1], "RoleAssignment");
        }
    }

    public static EmulatorResponse ListForGroup(RequestContext ctx)
    {
        List<(RoleAssignmentRecord Assignment, string Assignee)> roles;
        lock (ctx.Org.Gate)
        {
            if (GroupEndpoints.Resolve(ctx, out var group) is { } missing)
            {
                return missing;
            }

            roles = [.. group.Roles.Select(a => (a, AssigneeHref(ctx, a)))];
        }

        return Render(ctx, roles);
    }

    public static EmulatorResponse GetForGroup(RequestContext ctx)
    {
        lock (ctx.Org.Gate)
        {
            if (GroupEndpoints.Resolve(ctx, out var group) is { } missing)
            {
                return missing;
            }

            var assignment = group.Roles.FirstOrDefault(a => a.Id == ctx.Args[1]);
            return assignment is null
                ? EmulatorResponse.NotFound(ctx.Args[1], "RoleAssignment")
                : EmulatorResponse.Json(200, w => OktaJson.WriteRoleAssignment(w, ctx.Org, assignment, AssigneeHref(ctx, assignment), ctx.Render));
        }
    }

    public static EmulatorResponse AssignToGroup(RequestContext ctx)
    {
        lock (ctx.Org.Gate)
        {
            return GroupEndpoints.Resolve(ctx, out var group) ?? Assign(ctx, toGroup: true, group.Position);
        }
    }

    public static EmulatorResponse UnassignFromGroup(RequestContext ctx)
    {
        lock (ctx.Org.Gate)
        {
            if (GroupEndpoints.Resolve(ctx, out var group) is { } missing)
            {
                return missing;
            }

            return ctx.Org.UnassignRoleLocked(true, group.Position, ctx.Args[1], ctx.Actor, ctx.RequestId)
                ? EmulatorResponse.NoContent()
                : EmulatorResponse.NotFound(ctx.Args[1], "RoleAssignment");
        }
    }

    public static string AssigneeHref(RequestContext ctx, RoleAssignmentRecord a) => a.AssignedToGroup
        ? string.Concat(ctx.Render.Base, "/api/v1/groups/", ctx.Org.GroupsLocked[a.AssigneePosition].Id)
        : string.Concat(ctx.Render.Base, "/api/v1/users/", ctx.Org.UserIdLocked(a.AssigneePosition));

    private static EmulatorResponse Assign(RequestContext ctx, bool toGroup, int assignee)
    {
        if (!UserEndpoints.TryReadJson(ctx.Body, out var document))
        {
            return EmulatorResponse.Error(400, "E0000003", "The request body was not well-formed.");
        }

        using (document)
        {
            var root = document!.RootElement;
            string? Read(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString() : null;
            var type = Read("type");
            var (assignment, error) = ctx.Org.AssignRoleLocked(toGroup, assignee, type, Read("role"), Read("resource-set"), ctx.Actor, ctx.RequestId);
            return error switch
            {
                RoleAssignError.None => EmulatorResponse.Json(toGroup ? 200 : 201, w => OktaJson.WriteRoleAssignment(w, ctx.Org, assignment!, AssigneeHref(ctx, assignment!), ctx.Render)),
                RoleAssignError.InvalidType => EmulatorResponse.Invalid("type", type is null ? "type is required." : $"'{type}' is not a valid role type."),
                RoleAssignError.MissingCustomFields => EmulatorResponse.Invalid("role", "A CUSTOM assignment needs both role and resource-set."),
                RoleAssignError.UnknownRole => EmulatorResponse.NotFound(Read("role") ?? string.Empty, "Role"),
                RoleAssignError.UnknownResourceSet => EmulatorResponse.NotFound(Read("resource-set") ?? string.Empty, "ResourceSet"),
                RoleAssignError.AlreadyAssigned => EmulatorResponse.Error(409, "E0000090", "The role specified is already assigned to the user."),
                RoleAssignError.AlreadyAssignedIamStandard => EmulatorResponse.Error(409, "E0000263", "Attempted to assign a duplicate standard role assignment to an admin"),
                RoleAssignError.GroupTypeNotAllowed => EmulatorResponse.Error(400, "E0000194", "Roles can only be granted to Okta groups, AD groups and LDAP groups. "),
                _ => EmulatorResponse.Invalid("type"),
            };
        }
    }

    private static EmulatorResponse Render(RequestContext ctx, List<(RoleAssignmentRecord Assignment, string Assignee)> roles)
    {
        lock (ctx.Org.Gate)
        {
            return EmulatorResponse.Json(200, w =>
            {
                w.WriteStartArray();
                foreach (var (assignment, assignee) in roles)
                {
                    OktaJson.WriteRoleAssignment(w, ctx.Org, assignment, assignee, ctx.Render);
                }

                w.WriteEndArray();
            });
        }
    }
}
