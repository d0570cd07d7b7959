using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OktaCiam.Connector.Testing;

/// <summary>Profiles are kept as UTF-8 JSON objects: rendered verbatim, read property by property, rewritten on change.</summary>
internal static class ProfileJson
{
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false };

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 256 };

    /// <summary>Reads the top-level property <paramref name="name"/>; when a (hand-made) profile repeats it, the last one wins, as in most JSON stores.</summary>
    public static FieldValue Get(ReadOnlySpan<byte> json, string name)
    {
        var reader = new Utf8JsonReader(json, ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return FieldValue.Missing;
        }

        var result = FieldValue.Missing;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(name);
            reader.Read();
            if (match)
            {
                result = ReadValue(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return result;
    }

    /// <summary>The connector's rule, used for the emulator's own bookkeeping: exactly one top-level property of that name, holding JSON <c>true</c>.</summary>
    public static bool IsStrictlyTrue(ReadOnlySpan<byte> json, string name)
    {
        var reader = new Utf8JsonReader(json, ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var seen = 0;
        var isTrue = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(name);
            reader.Read();
            if (match)
            {
                seen++;
                isTrue = reader.TokenType == JsonTokenType.True;
            }

            reader.Skip();
        }

        return seen == 1 && isTrue;
    }

    public static string? GetString(ReadOnlySpan<byte> json, string name)
    {
        var value = Get(json, name);
        return value.Kind == FieldKind.String ? value.Text : null;
    }

    /// <summary>Returns a copy with <paramref name="name"/> set (in place, or appended); other properties keep their order.</summary>
    public static byte[] Set(ReadOnlySpan<byte> json, string name, JsonNode? value) => Rewrite(json, name, remove: false, value);

    public static byte[] Remove(ReadOnlySpan<byte> json, string name) => Rewrite(json, name, remove: true, null);

    /// <summary>Checks that raw text is a JSON object (duplicate names allowed on purpose) and returns its UTF-8 bytes.</summary>
    public static byte[] Validate(string rawJson)
    {
        var bytes = Encoding.UTF8.GetBytes(rawJson);
        var reader = new Utf8JsonReader(bytes, ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new ArgumentException("A profile must be a JSON object.", nameof(rawJson));
        }

        try
        {
            reader.Skip();
            if (reader.Read())
            {
                throw new ArgumentException("A profile must be one JSON object with nothing after it.", nameof(rawJson));
            }
        }
        catch (JsonException e)
        {
            throw new ArgumentException("A profile must be well-formed JSON: " + e.Message, nameof(rawJson), e);
        }

        return bytes;
    }

    public static byte[] FromNode(JsonObject profile)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            profile.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static string ToText(ReadOnlySpan<byte> json) => Encoding.UTF8.GetString(json);

    private static byte[] Rewrite(ReadOnlySpan<byte> json, string name, bool remove, JsonNode? value)
    {
        var buffer = new ArrayBufferWriter<byte>(json.Length + 64);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            var reader = new Utf8JsonReader(json, ReaderOptions);
            reader.Read();
            writer.WriteStartObject();
            var written = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var match = reader.ValueTextEquals(name);
                var propertyName = reader.GetString()!;
                reader.Read();
                if (match)
                {
                    reader.Skip();
                    if (!remove && !written)
                    {
                        WriteProperty(writer, name, value);
                        written = true;
                    }

                    continue;
                }

                writer.WritePropertyName(propertyName);
                using var element = JsonDocument.ParseValue(ref reader);
                element.RootElement.WriteTo(writer);
            }

            if (!remove && !written)
            {
                WriteProperty(writer, name, value);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteProperty(Utf8JsonWriter writer, string name, JsonNode? value)
    {
        writer.WritePropertyName(name);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            value.WriteTo(writer);
        }
    }

    private static FieldValue ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return FieldValue.Of(reader.GetString());
            case JsonTokenType.Number:
                return FieldValue.Of(reader.GetDouble(), Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan));
            case JsonTokenType.True:
                return FieldValue.Of(true);
            case JsonTokenType.False:
                return FieldValue.Of(false);
            case JsonTokenType.Null:
                return FieldValue.Null;
            case JsonTokenType.StartArray:
                var items = new List<FieldValue>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        reader.Skip();
                        items.Add(FieldValue.Object);
                    }
                    else
                    {
                        items.Add(ReadValue(ref reader));
                    }
                }

                return FieldValue.Array([.. items]);
            default:
                reader.Skip();
                return FieldValue.Object;
        }
    }
}
