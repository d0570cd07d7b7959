namespace OktaCiam.Connector;

/// <summary>A user or group profile schema (<c>/api/v1/meta/schemas/user/default</c>, <c>/group/default</c>).</summary>
internal sealed class OktaSchema
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Title { get; set; }

    public OktaSchemaDefinitions? Definitions { get; set; }

    /// <summary>Returns the custom attribute <paramref name="name"/> (at <c>definitions.custom.properties</c>), or <see langword="null"/>.</summary>
    public OktaSchemaProperty? FindCustomProperty(string name) =>
        Definitions?.Custom?.Properties is { } properties && properties.TryGetValue(name, out var property) ? property : null;
}
