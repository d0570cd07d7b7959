using System.Diagnostics;
using System.Text.Json;

namespace OktaCiam.Connector;

/// <summary>
/// The filter's state machine: it walks the tokens of a list page (or of one record) once, decides each record when its
/// closing brace is read, and hands only managed records to the sink. Its state survives buffer refills, so a page
/// streams through a small pooled buffer.
/// </summary>
internal struct RecordScanner : IJsonChunkScanner
{
    private readonly byte[] _attribute;
    private readonly ManagedRecordSink? _sink;
    private readonly int _recordDepth;
    private readonly bool _single;

    private Phase _phase;
    private Pending _pending;
    private ProfileState _profile;
    private int _profileCount;
    private int _attributeCount;
    private JsonTokenType _attributeToken;
    private bool _doomed;
    private int _recordStart;
    private int _recordCount;
    private int _managedCount;
    private ExclusionCounts _excluded;
    private ExclusionReason _lastReason;

    /// <summary>Initializes a scanner.</summary>
    /// <param name="attributeUtf8">The managed attribute's name in UTF-8.</param>
    /// <param name="sink">Receives managed records; null to decide only (no record bytes are kept then).</param>
    /// <param name="single">True for one record (a GET body), false for a list page (a JSON array of records).</param>
    public RecordScanner(byte[] attributeUtf8, ManagedRecordSink? sink, bool single)
    {
        _attribute = attributeUtf8;
        _sink = sink;
        _single = single;
        _recordDepth = single ? 0 : 1;
    }

    private enum Phase : byte
    {
        BeforeStart,
        BetweenRecords,
        InRecord,
        Done,
    }

    private enum Pending : byte
    {
        None,
        Profile,
        Attribute,
    }

    private enum ProfileState : byte
    {
        None,
        Open,
        Closed,
        NotObject,
    }

    /// <summary>Gets how many records were read.</summary>
    public readonly int RecordCount => _recordCount;

    /// <summary>Gets how many records were managed (and, with a sink, read by it).</summary>
    public readonly int ManagedCount => _managedCount;

    /// <summary>Gets how many records were excluded, by reason.</summary>
    public readonly ExclusionCounts Excluded => _excluded;

    /// <summary>Gets the verdict on the last record read.</summary>
    public readonly ExclusionReason LastReason => _lastReason;

    private static ReadOnlySpan<byte> ProfileName => "profile"u8;

    /// <inheritdoc/>
    public void Scan(ref Utf8JsonReader reader, ReadOnlySpan<byte> buffer, int readerOffset)
    {
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var depth = reader.CurrentDepth;
                    if (depth == _recordDepth + 1)
                    {
                        if (JsonPropertyNames.NameEquals(ref reader, ProfileName))
                        {
                            _pending = Pending.Profile;
                            if (++_profileCount > 1)
                            {
                                _profileCount = 2;
                                _doomed = true;
                            }
                        }
                    }
                    else if (_profile == ProfileState.Open && depth == _recordDepth + 2 && JsonPropertyNames.NameEquals(ref reader, _attribute))
                    {
                        _pending = Pending.Attribute;
                        if (++_attributeCount > 1)
                        {
                            _attributeCount = 2;
                            _doomed = true;
                        }
                    }

                    break;

                case JsonTokenType.StartObject:
                    if (_pending != Pending.None)
                    {
                        OnValue(JsonTokenType.StartObject);
                    }
                    else if (_phase != Phase.InRecord)
                    {
                        BeginRecord(ref reader, readerOffset);
                    }

                    break;

                case JsonTokenType.EndObject:
                    if (reader.CurrentDepth == _recordDepth)
                    {
                        EndRecord(ref reader, buffer, readerOffset);
                    }
                    else if (_profile == ProfileState.Open && reader.CurrentDepth == _recordDepth + 1)
                    {
                        _profile = ProfileState.Closed;
                        if (_attributeToken != JsonTokenType.True)
                        {
                            _doomed = true;
                        }
                    }

                    break;

                case JsonTokenType.StartArray:
                    if (_pending != Pending.None)
                    {
                        OnValue(JsonTokenType.StartArray);
                    }
                    else if (_phase != Phase.InRecord)
                    {
                        BeginPage();
                    }

                    break;

                case JsonTokenType.EndArray:
                    if (_phase == Phase.BetweenRecords)
                    {
                        _phase = Phase.Done;
                    }

                    break;

                default:
                    if (_pending != Pending.None)
                    {
                        OnValue(reader.TokenType);
                    }
                    else if (_phase != Phase.InRecord)
                    {
                        throw NotARecord();
                    }

                    break;
            }
        }
    }

    /// <inheritdoc/>
    public readonly int RetainFrom(int consumed) =>
        _sink is not null && _phase == Phase.InRecord && !_doomed ? _recordStart : consumed;

    /// <inheritdoc/>
    public void Shift(int delta) => _recordStart -= delta;

    /// <inheritdoc/>
    public readonly void Complete()
    {
        if (_phase != Phase.Done)
        {
            throw FilterErrors.Truncated();
        }
    }

    private void OnValue(JsonTokenType token)
    {
        if (_pending == Pending.Profile)
        {
            if (token == JsonTokenType.StartObject)
            {
                _profile = ProfileState.Open;
            }
            else
            {
                if (_profile == ProfileState.None)
                {
                    _profile = ProfileState.NotObject;
                }

                _doomed = true;
            }
        }
        else
        {
            _attributeToken = token;
            if (token != JsonTokenType.True)
            {
                _doomed = true;
            }
        }

        _pending = Pending.None;
    }

    private void BeginPage()
    {
        if (_single || _phase != Phase.BeforeStart)
        {
            throw NotARecord();
        }

        _phase = Phase.BetweenRecords;
    }

    private void BeginRecord(ref Utf8JsonReader reader, int readerOffset)
    {
        if (_phase == Phase.BeforeStart && !_single)
        {
            throw FilterErrors.NotAnArray();
        }

        Debug.Assert(_phase != Phase.Done, "The reader rejects a second top-level value.");
        _phase = Phase.InRecord;
        _recordStart = readerOffset + (int)reader.TokenStartIndex;
        _profile = ProfileState.None;
        _profileCount = 0;
        _attributeCount = 0;
        _attributeToken = JsonTokenType.None;
        _doomed = false;
    }

    private void EndRecord(ref Utf8JsonReader reader, ReadOnlySpan<byte> buffer, int readerOffset)
    {
        _recordCount++;
        var reason = Decide();
        if (reason == ExclusionReason.None && _sink is not null)
        {
            Debug.Assert(!_doomed, "A managed record is never doomed, so its bytes were kept.");
            var end = readerOffset + (int)reader.BytesConsumed;
            if (!_sink.TryAdd(buffer[_recordStart..end]))
            {
                reason = ExclusionReason.RecordInvalid;
            }
        }

        if (reason == ExclusionReason.None)
        {
            _managedCount++;
        }
        else
        {
            _excluded.Increment(reason);
        }

        _lastReason = reason;
        _phase = _single ? Phase.Done : Phase.BetweenRecords;
    }

    private readonly ExclusionReason Decide()
    {
        if (_profileCount > 1)
        {
            return ExclusionReason.ProfileDuplicated;
        }

        if (_profileCount == 0)
        {
            return ExclusionReason.ProfileMissing;
        }

        if (_profile == ProfileState.NotObject)
        {
            return ExclusionReason.ProfileInvalid;
        }

        if (_attributeCount > 1)
        {
            return ExclusionReason.AttributeDuplicated;
        }

        if (_attributeCount == 0)
        {
            return ExclusionReason.AttributeMissing;
        }

        return _attributeToken switch
        {
            JsonTokenType.True => ExclusionReason.None,
            JsonTokenType.False => ExclusionReason.AttributeFalse,
            JsonTokenType.Null => ExclusionReason.AttributeNull,
            _ => ExclusionReason.AttributeNotBoolean,
        };
    }

    private readonly Exception NotARecord() =>
        _single ? FilterErrors.NotAnObject()
        : _phase == Phase.BeforeStart ? FilterErrors.NotAnArray()
        : FilterErrors.EntryNotAnObject(_recordCount);
}
