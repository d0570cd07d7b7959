namespace OktaCiam.Connector.Testing;

/// <summary>The route table; the order matters only where a literal segment competes with a parameter (<c>/users/me</c>).</summary>
internal static class Endpoints
{
    public static IReadOnlyList<Route> All { get; } =
    [
        new("GET", "/api/v1/users", OktaScopes.UsersRead, UserEndpoints.List),
        new("GET", "/api/v1/users/me", OktaScopes.UsersRead, UserEndpoints.Me),
        new("GET", "/api/v1/users/{id}", OktaScopes.UsersRead, UserEndpoints.Get),
        new("DELETE", "/api/v1/users/{id}", OktaScopes.UsersManage, UserEndpoints.Delete),
        new("GET", "/api/v1/users/{id}/groups", OktaScopes.UsersRead, UserEndpoints.Groups),
        new("POST", "/api/v1/users/{id}/lifecycle/deactivate", OktaScopes.UsersManage, UserEndpoints.Deactivate),
        new("GET", "/api/v1/users/{id}/roles", OktaScopes.RolesRead, RoleEndpoints.ListForUser),
        new("POST", "/api/v1/users/{id}/roles", OktaScopes.RolesManage, RoleEndpoints.AssignToUser),
        new("GET", "/api/v1/users/{id}/roles/{roleAssignmentId}", OktaScopes.RolesRead, RoleEndpoints.GetForUser),
        new("DELETE", "/api/v1/users/{id}/roles/{roleAssignmentId}", OktaScopes.RolesManage, RoleEndpoints.UnassignFromUser),
        new("GET", "/api/v1/groups", OktaScopes.GroupsRead, GroupEndpoints.List),
        new("GET", "/api/v1/groups/{id}", OktaScopes.GroupsRead, GroupEndpoints.Get),
        new("GET", "/api/v1/groups/{id}/users", OktaScopes.GroupsRead, GroupEndpoints.Members),
        new("PUT", "/api/v1/groups/{id}/users/{userId}", OktaScopes.GroupsManage, GroupEndpoints.AddMember),
        new("DELETE", "/api/v1/groups/{id}/users/{userId}", OktaScopes.GroupsManage, GroupEndpoints.RemoveMember),
        new("GET", "/api/v1/groups/{id}/roles", OktaScopes.RolesRead, RoleEndpoints.ListForGroup),
        new("POST", "/api/v1/groups/{id}/roles", OktaScopes.RolesManage, RoleEndpoints.AssignToGroup),
        new("GET", "/api/v1/groups/{id}/roles/{roleAssignmentId}", OktaScopes.RolesRead, RoleEndpoints.GetForGroup),
        new("DELETE", "/api/v1/groups/{id}/roles/{roleAssignmentId}", OktaScopes.RolesManage, RoleEndpoints.UnassignFromGroup),
        new("GET", "/api/v1/iam/assignees/users", OktaScopes.RolesRead, IamEndpoints.Assignees),
        new("GET", "/api/v1/iam/roles", OktaScopes.RolesRead, IamEndpoints.Roles),
        new("GET", "/api/v1/iam/roles/{roleIdOrLabel}", OktaScopes.RolesRead, IamEndpoints.Role),
        new("GET", "/api/v1/iam/resource-sets", OktaScopes.RolesRead, IamEndpoints.ResourceSets),
        new("GET", "/api/v1/iam/resource-sets/{resourceSetIdOrLabel}", OktaScopes.RolesRead, IamEndpoints.ResourceSet),
        new("GET", "/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings", OktaScopes.RolesRead, IamEndpoints.Bindings),
        new("GET", "/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings/{roleIdOrLabel}/members", OktaScopes.RolesRead, IamEndpoints.BindingMembers),
        new("GET", "/api/v1/meta/schemas/user/{schemaId}", OktaScopes.SchemasRead, SchemaEndpoints.User),
        new("GET", "/api/v1/meta/schemas/group/default", OktaScopes.SchemasRead, SchemaEndpoints.Group),
        new("GET", "/api/v1/logs", OktaScopes.LogsRead, SystemLogEndpoints.List),
        new("POST", "/oauth2/v1/token", null, TokenEndpoint.IssueAsync),
    ];
}
