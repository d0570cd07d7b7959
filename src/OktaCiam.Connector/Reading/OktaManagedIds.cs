namespace OktaCiam.Connector;

/// <summary>The managed ids of a complete user or group list: a set for lookups without allocation, and the ids to iterate.</summary>
/// <param name="Set">The ids as a set.</param>
/// <param name="Ids">The ids.</param>
internal sealed record OktaManagedIds(ManagedIdSet Set, IReadOnlyList<string> Ids)
{
    /// <summary>Creates the record from ids.</summary>
    public static OktaManagedIds From(IEnumerable<string> ids)
    {
        string[] list = [.. ids.Distinct(StringComparer.Ordinal)];
        return new OktaManagedIds(new ManagedIdSet(list), list);
    }
}
