using System.Text.Json.Serialization;

namespace OktaCiam.Connector;

/// <summary>An admin role assigned to a user or group: a standard role, an IAM-based standard role, or a custom role bound to a resource set.</summary>
internal sealed class OktaRoleAssignment
{
    /// <summary>Gets or sets the assignment id, which unassigning needs.</summary>
    public string? Id { get; set; }

    public string? Label { get; set; }

    /// <summary>Gets or sets the role type (SUPER_ADMIN, HELP_DESK_ADMIN, CUSTOM, …), kept as a string because Okta adds types.</summary>
    public string? Type { get; set; }

    public string? Status { get; set; }

    public DateTimeOffset? Created { get; set; }

    public DateTimeOffset? LastUpdated { get; set; }

    /// <summary>Gets or sets how the role is held: USER (directly) or GROUP (inherited; removable only on the group).</summary>
    public string? AssignmentType { get; set; }

    /// <summary>Gets or sets the custom role id (<c>cr0…</c>) or IAM-based role name, for assignments that have one.</summary>
    public string? Role { get; set; }

    /// <summary>Gets or sets the resource-set id a custom role is bound to.</summary>
    [JsonPropertyName("resource-set")]
    public string? ResourceSet { get; set; }

    /// <summary>Gets or sets the links; <c>assignee</c> names the group of an inherited (GROUP) assignment.</summary>
    [JsonPropertyName("_links")]
    public OktaRoleAssignmentLinks? Links { get; set; }
}
