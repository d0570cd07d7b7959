using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OktaCiam.Connector;

/// <summary>Body readers that materialise every item; for lists that cannot hold customers, or whose items are re-checked before use.</summary>
internal static class OktaJsonReaders
{
    /// <summary>Gets a reader for a JSON array of users (materialises customers too: prefer the managed-identity filter).</summary>
    public static OktaBodyReader<OktaUser> Users { get; } = Array(OktaJsonContext.Default.ListOktaUser);

    /// <summary>Gets a reader for a JSON array of groups (materialises customer groups too: prefer the managed-identity filter).</summary>
    public static OktaBodyReader<OktaGroup> Groups { get; } = Array(OktaJsonContext.Default.ListOktaGroup);

    /// <summary>Gets a reader for a JSON array of role assignments.</summary>
    public static OktaBodyReader<OktaRoleAssignment> RoleAssignments { get; } = Array(OktaJsonContext.Default.ListOktaRoleAssignment);

    /// <summary>Gets a reader for a JSON array of System Log events.</summary>
    public static OktaBodyReader<OktaLogEvent> LogEvents { get; } = Array(OktaJsonContext.Default.ListOktaLogEvent);

    /// <summary>Creates a reader for a JSON array of <typeparamref name="T"/>; <c>null</c> or a non-array is malformed.</summary>
    public static OktaBodyReader<T> Array<T>(JsonTypeInfo<List<T>> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return async (body, cancellationToken) =>
            await JsonSerializer.DeserializeAsync(body, typeInfo, cancellationToken).ConfigureAwait(false)
            ?? throw new JsonException("The body is null where a JSON array was expected.");
    }

    /// <summary>Creates a reader for one JSON object of <typeparamref name="T"/>; <c>null</c> is malformed.</summary>
    public static OktaObjectReader<T> Object<T>(JsonTypeInfo<T> typeInfo)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return async (body, cancellationToken) =>
            await JsonSerializer.DeserializeAsync(body, typeInfo, cancellationToken).ConfigureAwait(false)
            ?? throw new JsonException("The body is null where a JSON object was expected.");
    }
}
