using System.Text.Json;
using System.Text.Json.Serialization;

namespace OktaCiam.Connector;

/// <summary>An Okta group as the Management API returns it; the type stays a string (OKTA_GROUP, APP_GROUP, BUILT_IN, or a newer one).</summary>
internal sealed class OktaGroup
{
    public string? Id { get; set; }

    public DateTimeOffset? Created { get; set; }

    public DateTimeOffset? LastUpdated { get; set; }

    public DateTimeOffset? LastMembershipUpdated { get; set; }

    public IReadOnlyList<string>? ObjectClass { get; set; }

    public string? Type { get; set; }

    /// <summary>Gets or sets the profile: open-ended, so custom attributes keep their JSON value.</summary>
    public Dictionary<string, JsonElement>? Profile { get; set; }

    [JsonIgnore]
    public string? Name => OktaProfile.GetString(Profile, "name");
}
