using System.Text.Json.Serialization;

namespace OktaCiam.Connector;

/// <summary>The body of <c>GET /api/v1/iam/roles</c>: <c>{"roles":[…],"_links":{"next":{"href":…}}}</c>.</summary>
internal sealed class OktaCustomRoleList : IOktaBodyList<OktaCustomRole>
{
    public List<OktaCustomRole>? Roles { get; set; }

    [JsonPropertyName("_links")]
    public OktaListLinks? Links { get; set; }

    IReadOnlyList<OktaCustomRole>? IOktaBodyList<OktaCustomRole>.Items => Roles;

    string? IOktaBodyList<OktaCustomRole>.NextHref => Links?.Next?.Href;
}
