namespace OktaCiam.Connector.Testing;

/// <summary>One System Log event the emulator recorded for a change.</summary>
internal sealed class SystemLogEvent
{
    public required long Sequence { get; init; }

    public required string Uuid { get; init; }

    public required long Published { get; init; }

    public required string EventType { get; init; }

    public required string DisplayMessage { get; init; }

    public required LogActor Actor { get; init; }

    public required IReadOnlyList<LogActor> Targets { get; init; }

    public string? RequestId { get; init; }

    public string Outcome { get; init; } = "SUCCESS";
}
