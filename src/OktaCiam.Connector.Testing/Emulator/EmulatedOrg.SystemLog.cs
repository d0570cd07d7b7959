namespace OktaCiam.Connector.Testing;

public sealed partial class EmulatedOrg
{
    private const int MaxLogEvents = 100_000;
    private readonly List<SystemLogEvent> _log = [];
    private long _logSequence;

    internal IReadOnlyList<SystemLogEvent> LogLocked => _log;

    /// <summary>Gets the event types written to the System Log so far, oldest first (seeding writes none).</summary>
    /// <returns>The event types, for example group.user_membership.add.</returns>
    public IReadOnlyList<string> SystemLogEventTypes()
    {
        lock (Gate)
        {
            return [.. _log.Select(e => e.EventType)];
        }
    }

    internal void RecordLocked(string eventType, string message, LogActor actor, string? requestId, params LogActor[] targets)
    {
        if (_seeding)
        {
            return;
        }

        var sequence = ++_logSequence;
        var uuidBytes = BitConverter.GetBytes(Mix.SplitMix(Key ^ (ulong)sequence)).Concat(BitConverter.GetBytes(Mix.SplitMix(Key + (ulong)sequence))).ToArray();
        _log.Add(new SystemLogEvent
        {
            Sequence = sequence,
            Uuid = new Guid(uuidBytes).ToString(),
            Published = Math.Max(Now, _log.Count > 0 ? _log[^1].Published : 0),
            EventType = eventType,
            DisplayMessage = message,
            Actor = actor,
            Targets = targets,
            RequestId = requestId,
        });
        if (_log.Count > MaxLogEvents)
        {
            _log.RemoveRange(0, MaxLogEvents / 10);
        }
    }
}
