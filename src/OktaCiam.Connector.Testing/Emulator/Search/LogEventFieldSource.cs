namespace OktaCiam.Connector.Testing;

/// <summary>Reads System Log event properties for the <c>filter</c> parameter; <c>target.*</c> matches any target.</summary>
internal sealed class LogEventFieldSource : IFieldSource
{
    public SystemLogEvent Event { get; set; } = null!;

    public FieldValue Get(string path) => path switch
    {
        "eventType" => FieldValue.Of(Event.EventType),
        "uuid" => FieldValue.Of(Event.Uuid),
        "published" => FieldValue.Time(Event.Published),
        "severity" => FieldValue.Of("INFO"),
        "displayMessage" => FieldValue.Of(Event.DisplayMessage),
        "actor.id" => FieldValue.Of(Event.Actor.Id),
        "actor.type" => FieldValue.Of(Event.Actor.Type),
        "actor.alternateId" => FieldValue.Of(Event.Actor.AlternateId),
        "actor.displayName" => FieldValue.Of(Event.Actor.DisplayName),
        "target.id" => FieldValue.Array([.. Event.Targets.Select(t => FieldValue.Of(t.Id))]),
        "target.type" => FieldValue.Array([.. Event.Targets.Select(t => FieldValue.Of(t.Type))]),
        "target.alternateId" => FieldValue.Array([.. Event.Targets.Select(t => FieldValue.Of(t.AlternateId))]),
        "target.displayName" => FieldValue.Array([.. Event.Targets.Select(t => FieldValue.Of(t.DisplayName))]),
        "outcome.result" => FieldValue.Of(Event.Outcome),
        "transaction.id" => FieldValue.Of(Event.RequestId),
        _ => FieldValue.Missing,
    };
}
