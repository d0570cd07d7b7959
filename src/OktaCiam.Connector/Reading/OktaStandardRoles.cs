using System.Text.Json;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector;

/// <summary>Okta's standard admin role types. No endpoint lists them, so the list is fixed; each is a resource whose id is its type.</summary>
internal static class OktaStandardRoles
{
    /// <summary>The role type of custom roles in assignments.</summary>
    public const string CustomType = "CUSTOM";

    /// <summary>The name of the single access level of a standard role.</summary>
    public const string DefaultLevelName = "Assigned";

    /// <summary>Gets the standard role types and labels, in Okta's documentation order; the last three are IAM-based.</summary>
    public static IReadOnlyList<(string Type, string Label)> All { get; } =
    [
        ("SUPER_ADMIN", "Super Organization administrator"),
        ("ORG_ADMIN", "Organization administrator"),
        ("APP_ADMIN", "Application administrator"),
        ("USER_ADMIN", "Group administrator"),
        ("HELP_DESK_ADMIN", "Help Desk administrator"),
        ("READ_ONLY_ADMIN", "Read-only administrator"),
        ("MOBILE_ADMIN", "Mobile administrator"),
        ("API_ACCESS_MANAGEMENT_ADMIN", "API Access Management administrator"),
        ("REPORT_ADMIN", "Report administrator"),
        ("GROUP_MEMBERSHIP_ADMIN", "Group Membership administrator"),
        ("ACCESS_CERTIFICATIONS_ADMIN", "Access Certifications administrator"),
        ("ACCESS_REQUESTS_ADMIN", "Access Requests administrator"),
        ("WORKFLOWS_ADMIN", "Workflows administrator"),
    ];

    /// <summary>Gets the resources of the standard roles.</summary>
    public static IReadOnlyList<ConnectorResource> Resources { get; } = [.. All.Select(r => Resource(r.Type, r.Label, null, r.Type))];

    /// <summary>Gets the single access level of a standard role.</summary>
    public static IReadOnlyList<AccessLevel> DefaultLevels { get; } = [new AccessLevel(AccessLevel.DefaultId, DefaultLevelName)];

    /// <summary>Returns the standard role resource with id <paramref name="type"/>, or <see langword="null"/>.</summary>
    public static ConnectorResource? Find(string type)
    {
        foreach (var resource in Resources)
        {
            if (string.Equals(resource.Id, type, StringComparison.Ordinal))
            {
                return resource;
            }
        }

        return null;
    }

    /// <summary>Creates an admin-role resource whose <c>type</c> attribute is <paramref name="type"/>.</summary>
    public static ConnectorResource Resource(string id, string name, string? description, string type) => new()
    {
        Id = id,
        Name = name,
        Description = description,
        Kind = OktaCiamDescriptor.AdminRoleKind,
        Attributes = new Dictionary<string, JsonElement>(StringComparer.Ordinal) { ["type"] = StringElement(type) },
    };

    private static JsonElement StringElement(string value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStringValue(value);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
