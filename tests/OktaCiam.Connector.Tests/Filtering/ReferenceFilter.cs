using System.Runtime.InteropServices;
using System.Text.Json;

namespace OktaCiam.Connector.Tests;

/// <summary>The rule written the obvious way over <see cref="JsonDocument"/>: the oracle the streaming filter must agree with.</summary>
internal static class ReferenceFilter
{
    /// <summary>The verdict on each record of a page, with the managed records' raw JSON; throws when the page is not a JSON array of objects.</summary>
    public static List<(ExclusionReason Reason, string? RawJson)> Evaluate(byte[] utf8Json, string attribute)
    {
        using var document = JsonDocument.Parse(utf8Json);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("not an array");
        }

        var result = new List<(ExclusionReason, string?)>();
        foreach (var record in document.RootElement.EnumerateArray())
        {
            if (record.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("not an object");
            }

            var reason = Decide(record, attribute);
            result.Add((reason, reason == ExclusionReason.None ? RawHex(record) : null));
        }

        return result;
    }

    /// <summary>The element's exact bytes as hex: invalid UTF-8 inside strings passes the reader, so compare bytes, not text.</summary>
    public static string RawHex(JsonElement element) => Convert.ToHexString(JsonMarshal.GetRawUtf8Value(element));

    public static ExclusionReason Decide(JsonElement record, string attribute)
    {
        var profiles = record.EnumerateObject().Where(p => NameIs(p, "profile")).ToList();
        if (profiles.Count > 1)
        {
            return ExclusionReason.ProfileDuplicated;
        }

        if (profiles.Count == 0)
        {
            return ExclusionReason.ProfileMissing;
        }

        var profile = profiles[0].Value;
        if (profile.ValueKind != JsonValueKind.Object)
        {
            return ExclusionReason.ProfileInvalid;
        }

        var attributes = profile.EnumerateObject().Where(p => NameIs(p, attribute)).ToList();
        if (attributes.Count > 1)
        {
            return ExclusionReason.AttributeDuplicated;
        }

        if (attributes.Count == 0)
        {
            return ExclusionReason.AttributeMissing;
        }

        return attributes[0].Value.ValueKind switch
        {
            JsonValueKind.True => ExclusionReason.None,
            JsonValueKind.False => ExclusionReason.AttributeFalse,
            JsonValueKind.Null => ExclusionReason.AttributeNull,
            _ => ExclusionReason.AttributeNotBoolean,
        };
    }

    private static bool NameIs(JsonProperty property, string name)
    {
        try
        {
            return string.Equals(property.Name, name, StringComparison.Ordinal);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
