namespace OktaCiam.Connector;

/// <summary>A HAL link.</summary>
internal sealed class OktaLink
{
    public string? Href { get; set; }
}
