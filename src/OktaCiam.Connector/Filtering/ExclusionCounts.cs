using System.Runtime.CompilerServices;

namespace OktaCiam.Connector;

/// <summary>How many records were excluded, by <see cref="ExclusionReason"/>; a plain value with no identities in it.</summary>
internal struct ExclusionCounts : IEquatable<ExclusionCounts>
{
    /// <summary>The number of <see cref="ExclusionReason"/> values, <see cref="ExclusionReason.None"/> included.</summary>
    public const int ReasonCount = (int)ExclusionReason.IdNotManaged + 1;

    private Counts _counts;

    /// <summary>Gets the number of records excluded for <paramref name="reason"/>.</summary>
    public readonly int this[ExclusionReason reason] => reason is > ExclusionReason.None and <= ExclusionReason.IdNotManaged ? _counts[(int)reason] : 0;

    /// <summary>Gets the number of excluded records, all reasons together.</summary>
    public readonly int Total
    {
        get
        {
            var total = 0;
            for (var i = 1; i < ReasonCount; i++)
            {
                total += _counts[i];
            }

            return total;
        }
    }

    /// <summary>Counts one more record excluded for <paramref name="reason"/>.</summary>
    public void Increment(ExclusionReason reason) => Add(reason, 1);

    /// <summary>Counts <paramref name="count"/> more records excluded for <paramref name="reason"/>.</summary>
    public void Add(ExclusionReason reason, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (reason is > ExclusionReason.None and <= ExclusionReason.IdNotManaged)
        {
            _counts[(int)reason] += count;
        }
    }

    /// <summary>Adds every count of <paramref name="other"/> to this one.</summary>
    public void Add(in ExclusionCounts other)
    {
        for (var i = 1; i < ReasonCount; i++)
        {
            _counts[i] += other._counts[i];
        }
    }

    /// <summary>Returns the non-zero counts keyed by reason name, for stats output.</summary>
    public readonly IReadOnlyDictionary<string, int> ToDictionary()
    {
        var result = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var i = 1; i < ReasonCount; i++)
        {
            if (_counts[i] != 0)
            {
                result[((ExclusionReason)i).ToString()] = _counts[i];
            }
        }

        return result;
    }

    /// <inheritdoc/>
    public readonly bool Equals(ExclusionCounts other) =>
        ((ReadOnlySpan<int>)_counts).SequenceEqual(other._counts);

    /// <inheritdoc/>
    public override readonly bool Equals(object? obj) => obj is ExclusionCounts other && Equals(other);

    /// <inheritdoc/>
    public override readonly int GetHashCode()
    {
        var hash = default(HashCode);
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes((ReadOnlySpan<int>)_counts));
        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override readonly string ToString() =>
        string.Join(", ", ToDictionary().Select(pair => $"{pair.Key}={pair.Value}"));

    public static bool operator ==(ExclusionCounts left, ExclusionCounts right) => left.Equals(right);

    public static bool operator !=(ExclusionCounts left, ExclusionCounts right) => !left.Equals(right);

    [InlineArray(ReasonCount)]
    private struct Counts
    {
        private int _element;
    }
}
