namespace OktaCiam.Connector.Testing;

/// <summary>A sorted list of user positions: 4 bytes per membership, binary search for lookups and cursors.</summary>
internal sealed class MemberList
{
    private readonly List<int> _positions = [];

    public int Count => _positions.Count;

    public int this[int index] => _positions[index];

    public bool Contains(int position) => _positions.BinarySearch(position) >= 0;

    public bool Add(int position)
    {
        var index = _positions.BinarySearch(position);
        if (index >= 0)
        {
            return false;
        }

        _positions.Insert(~index, position);
        return true;
    }

    /// <summary>Appends a position larger than every present one (seeding walks positions in order).</summary>
    public void AppendAscending(int position)
    {
        if (_positions.Count > 0 && _positions[^1] >= position)
        {
            Add(position);
            return;
        }

        _positions.Add(position);
    }

    public bool Remove(int position)
    {
        var index = _positions.BinarySearch(position);
        if (index < 0)
        {
            return false;
        }

        _positions.RemoveAt(index);
        return true;
    }

    /// <summary>The index of the first position greater than <paramref name="position"/>.</summary>
    public int IndexAfter(long position)
    {
        if (position < 0)
        {
            return 0;
        }

        if (position >= int.MaxValue)
        {
            return _positions.Count;
        }

        var index = _positions.BinarySearch((int)position);
        return index >= 0 ? index + 1 : ~index;
    }
}
