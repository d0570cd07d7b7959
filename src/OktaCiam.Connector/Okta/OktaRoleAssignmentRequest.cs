using System.Text.Json.Serialization;

namespace OktaCiam.Connector;

/// <summary>The body that assigns a role: <c>{"type":"HELP_DESK_ADMIN"}</c>, or <c>{"type":"CUSTOM","role":"cr0…","resource-set":"iam…"}</c>.</summary>
internal sealed record OktaRoleAssignmentRequest
{
    /// <summary>Gets the role type to assign; CUSTOM for a custom role.</summary>
    public required string Type { get; init; }

    /// <summary>Gets the custom role id, for CUSTOM.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Role { get; init; }

    /// <summary>Gets the resource-set id, for CUSTOM.</summary>
    [JsonPropertyName("resource-set")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ResourceSet { get; init; }

    /// <summary>Creates the request for a standard role type.</summary>
    public static OktaRoleAssignmentRequest Standard(string type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        return new() { Type = type };
    }

    /// <summary>Creates the request for a custom role bound to a resource set.</summary>
    public static OktaRoleAssignmentRequest Custom(string roleId, string resourceSetId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(roleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(resourceSetId);
        return new() { Type = "CUSTOM", Role = roleId, ResourceSet = resourceSetId };
    }
}
