namespace OktaCiam.Connector;

/// <summary>The filter's verdict on a single record (a fresh GET body) and, when managed, the record itself.</summary>
/// <typeparam name="T">The caller's record model.</typeparam>
/// <param name="Value">The record, read with the caller's model; null unless managed.</param>
/// <param name="Reason"><see cref="ExclusionReason.None"/> when managed, otherwise why not.</param>
internal readonly record struct ManagedRecord<T>(T? Value, ExclusionReason Reason)
{
    /// <summary>Gets a value indicating whether the record is managed.</summary>
    public bool IsManaged => Reason == ExclusionReason.None;
}
