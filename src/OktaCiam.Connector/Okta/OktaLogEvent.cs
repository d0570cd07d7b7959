namespace OktaCiam.Connector;

/// <summary>A System Log event; only the members the incremental sync reads are mapped.</summary>
/// <remarks>Actors and targets may be customers: events are consumed and dropped, never stored or logged as they are.</remarks>
internal sealed class OktaLogEvent
{
    public string? Uuid { get; set; }

    public DateTimeOffset? Published { get; set; }

    /// <summary>Gets or sets the event type, for example <c>group.user_membership.add</c>.</summary>
    public string? EventType { get; set; }

    public string? LegacyEventType { get; set; }

    public string? Severity { get; set; }

    public string? DisplayMessage { get; set; }

    public OktaLogActor? Actor { get; set; }

    public IReadOnlyList<OktaLogTarget>? Target { get; set; }

    public OktaLogOutcome? Outcome { get; set; }

    public OktaLogTransaction? Transaction { get; set; }
}
