namespace OktaCiam.Connector;

/// <summary>Receives the UTF-8 bytes of each record the filter found managed; nothing else ever reaches it.</summary>
internal abstract class ManagedRecordSink
{
    /// <summary>Reads and keeps <paramref name="utf8Record"/>; returns false when the record cannot be read with certainty.</summary>
    public abstract bool TryAdd(ReadOnlySpan<byte> utf8Record);
}
