namespace OktaCiam.Connector;

/// <summary>A thread-safe running total of exclusions across pages and lists (one per sync).</summary>
internal sealed class ExclusionTally
{
    private readonly int[] _counts = new int[ExclusionCounts.ReasonCount];

    /// <summary>Adds a page's counts.</summary>
    public void Add(in ExclusionCounts counts)
    {
        for (var i = 1; i < _counts.Length; i++)
        {
            var count = counts[(ExclusionReason)i];
            if (count != 0)
            {
                Interlocked.Add(ref _counts[i], count);
            }
        }
    }

    /// <summary>Counts one excluded record, for callers that decide record by record.</summary>
    public void Add(ExclusionReason reason)
    {
        if (reason is > ExclusionReason.None and <= ExclusionReason.IdNotManaged)
        {
            Interlocked.Increment(ref _counts[(int)reason]);
        }
    }

    /// <summary>Returns the counts so far.</summary>
    public ExclusionCounts Snapshot()
    {
        var snapshot = default(ExclusionCounts);
        for (var i = 1; i < _counts.Length; i++)
        {
            snapshot.Add((ExclusionReason)i, Volatile.Read(ref _counts[i]));
        }

        return snapshot;
    }
}
