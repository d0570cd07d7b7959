namespace OktaCiam.Connector;

/// <summary>Who performed a System Log event.</summary>
internal sealed class OktaLogActor
{
    public string? Id { get; set; }

    public string? Type { get; set; }

    public string? AlternateId { get; set; }

    public string? DisplayName { get; set; }
}
