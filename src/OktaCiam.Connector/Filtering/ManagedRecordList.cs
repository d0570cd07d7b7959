using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OktaCiam.Connector;

/// <summary>Deserialises managed records with the caller's source-generated model and keeps them in page order.</summary>
/// <typeparam name="T">The caller's record model.</typeparam>
internal sealed class ManagedRecordList<T> : ManagedRecordSink
{
    private readonly JsonTypeInfo<T> _typeInfo;

    public ManagedRecordList(JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        _typeInfo = typeInfo;
    }

    /// <summary>Gets the records read so far.</summary>
    public List<T> Items { get; } = [];

    /// <inheritdoc/>
    public override bool TryAdd(ReadOnlySpan<byte> utf8Record)
    {
        T? value;
        try
        {
            value = JsonSerializer.Deserialize(utf8Record, _typeInfo);
        }
        catch (JsonException)
        {
            // A managed record the model cannot read is left out and counted (fail closed); the exception is dropped
            // because its message may quote the record.
            return false;
        }

        if (value is null)
        {
            return false;
        }

        Items.Add(value);
        return true;
    }
}
