using System.Text.Json;

namespace OktaCiam.Connector.Abstractions;

/// <summary>A container of users in the target system; it can also carry resources of other connectors (birthright access).</summary>
public sealed record ConnectorGroup
{
    /// <summary>Gets the target system's stable id of the group.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the group's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the group's description, when it has one.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the target system's kind of group (for Okta: <c>OKTA_GROUP</c>, <c>APP_GROUP</c>, <c>BUILT_IN</c>), kept as a string.</summary>
    public string? Kind { get; init; }

    /// <summary>Gets a value indicating whether the connector can change this group's membership.</summary>
    public bool IsMembershipWritable { get; init; }

    /// <summary>Gets the exposed profile attributes, as JSON values keyed by attribute name. Empty when none are exposed.</summary>
    public IReadOnlyDictionary<string, JsonElement> Attributes { get; init; } = EmptyAttributes.Instance;
}
