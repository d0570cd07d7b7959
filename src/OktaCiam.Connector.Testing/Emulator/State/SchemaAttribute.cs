namespace OktaCiam.Connector.Testing;

/// <summary>A custom attribute of the user or group profile schema.</summary>
internal sealed record SchemaAttribute(string Name, string Type, string Title, string? ItemType = null);
