using System.Text.Json.Serialization;

namespace OktaCiam.Connector;

/// <summary>The body of <c>GET /api/v1/iam/resource-sets</c>: <c>{"resource-sets":[…],"_links":{"next":{"href":…}}}</c>.</summary>
internal sealed class OktaResourceSetList : IOktaBodyList<OktaResourceSet>
{
    [JsonPropertyName("resource-sets")]
    public List<OktaResourceSet>? ResourceSets { get; set; }

    [JsonPropertyName("_links")]
    public OktaListLinks? Links { get; set; }

    IReadOnlyList<OktaResourceSet>? IOktaBodyList<OktaResourceSet>.Items => ResourceSets;

    string? IOktaBodyList<OktaResourceSet>.NextHref => Links?.Next?.Href;
}
