using System.Text.Json;

namespace OktaCiam.Connector.Abstractions;

/// <summary>Something in the target system that principals can hold at an access level (for Okta: an admin role).</summary>
public sealed record ConnectorResource
{
    /// <summary>Gets the resource's stable id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the resource's display name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the kind of resource; one of the kinds in <see cref="ConnectorDescriptor.ResourceKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Gets the resource's description, when it has one.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the id of the parent resource, for nested resources.</summary>
    public string? ParentId { get; init; }

    /// <summary>Gets connector-specific attributes of the resource (for an Okta admin role: its <c>type</c>), as JSON values.</summary>
    public IReadOnlyDictionary<string, JsonElement> Attributes { get; init; } = EmptyAttributes.Instance;
}
