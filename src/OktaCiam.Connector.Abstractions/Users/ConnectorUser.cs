using System.Text.Json;

namespace OktaCiam.Connector.Abstractions;

/// <summary>An account in the target system, as a connector exposes it.</summary>
public sealed record ConnectorUser
{
    /// <summary>Gets the target system's stable id of the account.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the sign-in name, when the target system has one.</summary>
    public string? Login { get; init; }

    /// <summary>Gets the primary email address, when known.</summary>
    public string? Email { get; init; }

    /// <summary>Gets a human-readable name, when known.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Gets the account's lifecycle status, mapped to the SDK's small set.</summary>
    public UserStatus Status { get; init; } = UserStatus.Unknown;

    /// <summary>Gets the target system's own status string, kept as-is because systems add values over time.</summary>
    public string? RawStatus { get; init; }

    /// <summary>Gets the exposed profile attributes, as JSON values keyed by attribute name. Empty when none are exposed.</summary>
    public IReadOnlyDictionary<string, JsonElement> Attributes { get; init; } = EmptyAttributes.Instance;
}
