using System.Text.Json.Serialization;

namespace OktaCiam.Connector;

/// <summary>The body of <c>GET /api/v1/iam/assignees/users</c>: <c>{"value":[…],"_links":{"next":{"href":…}}}</c>.</summary>
internal sealed class OktaRoleAssigneeList : IOktaBodyList<OktaRoleAssignee>
{
    public List<OktaRoleAssignee>? Value { get; set; }

    [JsonPropertyName("_links")]
    public OktaListLinks? Links { get; set; }

    IReadOnlyList<OktaRoleAssignee>? IOktaBodyList<OktaRoleAssignee>.Items => Value;

    string? IOktaBodyList<OktaRoleAssignee>.NextHref => Links?.Next?.Href;
}
