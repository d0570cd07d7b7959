using System.Text.Json;

namespace OktaCiam.Connector;

/// <summary>
/// Walks an id list (<c>[{"id":…},…]</c> or <c>{"value":[{"id":…},…],"_links":{"next":{"href":…}}}</c>) once and keeps
/// the entries whose id is in a <see cref="ManagedIdSet"/>; other ids are compared as spans and never become strings.
/// </summary>
internal struct IdListScanner : IJsonChunkScanner
{
    private readonly ManagedIdSet _set;
    private readonly List<string> _managed;

    private Phase _phase;
    private Pending _pending;
    private int _recordDepth;
    private bool _wrapped;
    private bool _valueSeen;
    private bool _inLinks;
    private bool _inNext;
    private int _idCount;
    private bool _idInvalid;
    private string? _match;
    private int _recordCount;
    private ExclusionCounts _excluded;
    private string? _nextHref;

    public IdListScanner(ManagedIdSet set, List<string> managed)
    {
        _set = set;
        _managed = managed;
    }

    private enum Phase : byte
    {
        BeforeStart,
        InWrapper,
        BetweenRecords,
        InRecord,
        Done,
    }

    private enum Pending : byte
    {
        None,
        Id,
        Value,
        Links,
        Next,
        Href,
    }

    /// <summary>Gets how many entries were read.</summary>
    public readonly int RecordCount => _recordCount;

    /// <summary>Gets how many entries were excluded, by reason.</summary>
    public readonly ExclusionCounts Excluded => _excluded;

    /// <summary>Gets the wrapper's <c>_links.next.href</c>, when there was one.</summary>
    public readonly string? NextHref => _nextHref;

    private static ReadOnlySpan<byte> IdName => "id"u8;

    /// <inheritdoc/>
    public void Scan(ref Utf8JsonReader reader, ReadOnlySpan<byte> buffer, int readerOffset)
    {
        while (reader.Read())
        {
            var token = reader.TokenType;
            if (_pending != Pending.None)
            {
                OnValue(ref reader, token);
                continue;
            }

            switch (token)
            {
                case JsonTokenType.PropertyName:
                    if (_phase == Phase.InRecord)
                    {
                        if (reader.CurrentDepth == _recordDepth + 1 && JsonPropertyNames.NameEquals(ref reader, IdName))
                        {
                            _pending = Pending.Id;
                            _idCount = Math.Min(_idCount + 1, 2);
                        }
                    }
                    else if (_phase == Phase.InWrapper)
                    {
                        OnWrapperPropertyName(ref reader);
                    }

                    break;

                case JsonTokenType.StartObject:
                    if (_phase == Phase.BetweenRecords)
                    {
                        _phase = Phase.InRecord;
                        _idCount = 0;
                        _idInvalid = false;
                        _match = null;
                    }
                    else if (_phase == Phase.BeforeStart)
                    {
                        _phase = Phase.InWrapper;
                        _wrapped = true;
                        _recordDepth = 2;
                    }

                    break;

                case JsonTokenType.EndObject:
                    if (_phase == Phase.InRecord && reader.CurrentDepth == _recordDepth)
                    {
                        EndRecord();
                    }
                    else if (_phase == Phase.InWrapper)
                    {
                        var depth = reader.CurrentDepth;
                        if (depth == 0)
                        {
                            _phase = Phase.Done;
                        }
                        else if (_inNext && depth == 2)
                        {
                            _inNext = false;
                        }
                        else if (_inLinks && depth == 1)
                        {
                            _inLinks = false;
                        }
                    }

                    break;

                case JsonTokenType.StartArray:
                    if (_phase == Phase.BeforeStart)
                    {
                        _phase = Phase.BetweenRecords;
                        _recordDepth = 1;
                    }
                    else if (_phase == Phase.BetweenRecords)
                    {
                        throw FilterErrors.EntryNotAnObject(_recordCount);
                    }

                    break;

                case JsonTokenType.EndArray:
                    if (_phase == Phase.BetweenRecords)
                    {
                        _phase = _wrapped ? Phase.InWrapper : Phase.Done;
                    }

                    break;

                default:
                    if (_phase == Phase.BeforeStart)
                    {
                        throw FilterErrors.NotAnIdList();
                    }

                    if (_phase == Phase.BetweenRecords)
                    {
                        throw FilterErrors.EntryNotAnObject(_recordCount);
                    }

                    break;
            }
        }
    }

    /// <inheritdoc/>
    public readonly int RetainFrom(int consumed) => consumed;

    /// <inheritdoc/>
    public readonly void Shift(int delta)
    {
    }

    /// <inheritdoc/>
    public readonly void Complete()
    {
        if (_phase != Phase.Done)
        {
            throw FilterErrors.Truncated();
        }

        if (_wrapped && !_valueSeen)
        {
            throw FilterErrors.NotAnIdList();
        }
    }

    private void OnWrapperPropertyName(ref Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        if (depth == 1)
        {
            if (JsonPropertyNames.NameEquals(ref reader, "value"u8))
            {
                if (_valueSeen)
                {
                    throw FilterErrors.AmbiguousIdList("value");
                }

                _valueSeen = true;
                _pending = Pending.Value;
            }
            else if (JsonPropertyNames.NameEquals(ref reader, "_links"u8))
            {
                _pending = Pending.Links;
            }
        }
        else if (depth == 2 && _inLinks && JsonPropertyNames.NameEquals(ref reader, "next"u8))
        {
            _pending = Pending.Next;
        }
        else if (depth == 3 && _inNext && JsonPropertyNames.NameEquals(ref reader, "href"u8))
        {
            _pending = Pending.Href;
        }
    }

    private void OnValue(ref Utf8JsonReader reader, JsonTokenType token)
    {
        var pending = _pending;
        _pending = Pending.None;
        switch (pending)
        {
            case Pending.Id:
                if (token != JsonTokenType.String)
                {
                    _idInvalid = true;
                }
                else if (_idCount == 1 && _set.TryGetId(ref reader, out var id))
                {
                    _match = id;
                }

                break;

            case Pending.Value:
                if (token != JsonTokenType.StartArray)
                {
                    throw FilterErrors.NotAnIdList();
                }

                _phase = Phase.BetweenRecords;
                break;

            case Pending.Links:
                _inLinks = token == JsonTokenType.StartObject;
                break;

            case Pending.Next:
                _inNext = token == JsonTokenType.StartObject;
                break;

            case Pending.Href:
                if (token == JsonTokenType.String)
                {
                    if (_nextHref is not null)
                    {
                        throw FilterErrors.AmbiguousIdList("_links.next.href");
                    }

                    try
                    {
                        _nextHref = reader.GetString();
                    }
                    catch (InvalidOperationException)
                    {
                        throw FilterErrors.UnreadableNextLink();
                    }
                }

                break;
        }
    }

    private void EndRecord()
    {
        _recordCount++;
        var reason = _idCount == 0 ? ExclusionReason.IdMissing
            : _idCount > 1 || _idInvalid ? ExclusionReason.IdInvalid
            : _match is null ? ExclusionReason.IdNotManaged
            : ExclusionReason.None;
        if (reason == ExclusionReason.None)
        {
            _managed.Add(_match!);
        }
        else
        {
            _excluded.Increment(reason);
        }

        _phase = Phase.BetweenRecords;
    }
}
