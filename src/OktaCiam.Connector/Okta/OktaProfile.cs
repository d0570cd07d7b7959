using System.Text.Json;

namespace OktaCiam.Connector;

/// <summary>Reads attributes of an open-ended Okta profile without guessing at types.</summary>
internal static class OktaProfile
{
    /// <summary>Returns the attribute when it is a JSON string, otherwise <see langword="null"/>.</summary>
    public static string? GetString(IReadOnlyDictionary<string, JsonElement>? profile, string name) =>
        profile is not null && profile.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Returns whether the attribute is the JSON boolean <see langword="true"/>; strings, numbers, null and absence are not.</summary>
    public static bool IsTrue(IReadOnlyDictionary<string, JsonElement>? profile, string name) =>
        profile is not null && profile.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.True;
}
