namespace OktaCiam.Connector;

/// <summary>The request a System Log event belongs to.</summary>
internal sealed class OktaLogTransaction
{
    public string? Type { get; set; }

    public string? Id { get; set; }
}
