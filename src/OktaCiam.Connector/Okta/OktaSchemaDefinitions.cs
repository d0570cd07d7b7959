namespace OktaCiam.Connector;

/// <summary>The <c>definitions</c> of a profile schema: Okta's base attributes and the org's custom ones.</summary>
internal sealed class OktaSchemaDefinitions
{
    public OktaSchemaDefinition? Base { get; set; }

    public OktaSchemaDefinition? Custom { get; set; }
}
