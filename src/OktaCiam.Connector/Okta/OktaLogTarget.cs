namespace OktaCiam.Connector;

/// <summary>What a System Log event acted on.</summary>
internal sealed class OktaLogTarget
{
    public string? Id { get; set; }

    public string? Type { get; set; }

    public string? AlternateId { get; set; }

    public string? DisplayName { get; set; }

    public OktaLogChangeDetails? ChangeDetails { get; set; }
}
