using System.Text.Json;
using System.Text.Json.Serialization;

namespace OktaCiam.Connector;

/// <summary>One attribute of a profile schema.</summary>
internal sealed class OktaSchemaProperty
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    /// <summary>Gets or sets the JSON-schema type, kept raw because JSON schema allows a string or an array of strings.</summary>
    public JsonElement Type { get; set; }

    public string? Mutability { get; set; }

    public string? Scope { get; set; }

    /// <summary>Gets the type when it is a single string (for example <c>boolean</c>), otherwise <see langword="null"/>.</summary>
    [JsonIgnore]
    public string? TypeName => Type.ValueKind == JsonValueKind.String ? Type.GetString() : null;
}
