namespace OktaCiam.Connector;

/// <summary>
/// Follows the page walks of one list (users or groups) in this process: which managed ids each page returned, so a walk
/// never returns an id twice (a fallback from search to full scan restarts the Okta list), and the complete set of managed
/// ids once a walk reaches its last page with no page skipped. Holds managed ids only, for a bounded number of walks.
/// </summary>
internal sealed class OktaListWalks
{
    /// <summary>The most walks followed at once; starting another forgets the oldest (which then just is not published).</summary>
    public const int MaxWalks = 16;

    private readonly Lock _gate = new();
    private readonly Dictionary<long, Walk> _walks = [];
    private long _started;

    /// <summary>Starts following a new walk and returns its id.</summary>
    public long Start()
    {
        var id = Random.Shared.NextInt64(1, long.MaxValue);
        lock (_gate)
        {
            if (_walks.Count >= MaxWalks)
            {
                var oldest = _walks.MinBy(w => w.Value.Order).Key;
                _walks.Remove(oldest);
            }

            _walks[id] = new Walk(++_started);
        }

        return id;
    }

    /// <summary>Records the managed records of page <paramref name="sequence"/> and returns those no earlier page of the walk returned.</summary>
    public IReadOnlyList<T> Record<T>(long walk, int sequence, IReadOnlyList<T> managed, Func<T, string?> idOf)
    {
        lock (_gate)
        {
            if (!_walks.TryGetValue(walk, out var state))
            {
                return managed;
            }

            if (sequence == state.NextSequence)
            {
                state.NextSequence++;
            }
            else if (sequence > state.NextSequence)
            {
                // A page of this walk was read elsewhere (another process): the set would be incomplete.
                state.Broken = true;
                state.NextSequence = sequence + 1;
            }

            var kept = new List<T>(managed.Count);
            foreach (var record in managed)
            {
                if (idOf(record) is not { } id)
                {
                    continue;
                }

                // A repeated request for the same page returns the same records; a later page never repeats one.
                if (state.FirstSeen.TryAdd(id, sequence) || state.FirstSeen[id] == sequence)
                {
                    kept.Add(record);
                }
            }

            return kept;
        }
    }

    /// <summary>Ends a walk whose page <paramref name="sequence"/> was the last; returns every managed id it saw when no page was missed.</summary>
    public IReadOnlyCollection<string>? Complete(long walk, int sequence)
    {
        lock (_gate)
        {
            if (!_walks.Remove(walk, out var state) || state.Broken || state.NextSequence != sequence + 1)
            {
                return null;
            }

            return state.FirstSeen.Keys;
        }
    }

    private sealed class Walk(long order)
    {
        public long Order { get; } = order;

        public int NextSequence { get; set; }

        public bool Broken { get; set; }

        public Dictionary<string, int> FirstSeen { get; } = new(StringComparer.Ordinal);
    }
}
