using System.Text.Json;
using System.Text.Json.Serialization;

namespace OktaCiam.Connector;

/// <summary>An Okta user as the Management API returns it; unknown members are ignored and statuses stay strings.</summary>
/// <remarks>Materialising a user is only for identities already known to be managed: lists that may hold customers go through the managed-identity filter.</remarks>
internal sealed class OktaUser
{
    public string? Id { get; set; }

    /// <summary>Gets or sets the status (ACTIVE, STAGED, PROVISIONED, RECOVERY, PASSWORD_EXPIRED, LOCKED_OUT, SUSPENDED, DEPROVISIONED, or a newer one).</summary>
    public string? Status { get; set; }

    public DateTimeOffset? Created { get; set; }

    public DateTimeOffset? Activated { get; set; }

    public DateTimeOffset? StatusChanged { get; set; }

    public DateTimeOffset? LastLogin { get; set; }

    public DateTimeOffset? LastUpdated { get; set; }

    public DateTimeOffset? PasswordChanged { get; set; }

    public OktaUserType? Type { get; set; }

    /// <summary>Gets or sets the profile: open-ended, so every attribute (custom ones included) keeps its JSON value.</summary>
    public Dictionary<string, JsonElement>? Profile { get; set; }

    [JsonIgnore]
    public string? Login => OktaProfile.GetString(Profile, "login");
}
