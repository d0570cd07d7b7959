namespace OktaCiam.Connector;

/// <summary>One part of a profile schema: its attributes by name.</summary>
internal sealed class OktaSchemaDefinition
{
    public string? Id { get; set; }

    public Dictionary<string, OktaSchemaProperty>? Properties { get; set; }

    public IReadOnlyList<string>? Required { get; set; }
}
