namespace OktaCiam.Connector.Testing;

/// <summary>A user that exists as an object (workforce users, added users, and generated customers once changed). Guarded by the org lock.</summary>
internal sealed class UserRecord(string id, UserState state)
{
    public string Id { get; } = id;

    public int Position => Current?.Position ?? Indexed?.Position ?? -1;

    /// <summary>The strongly consistent version (GET by id); <see langword="null"/> once deleted.</summary>
    public UserState? Current { get; set; } = state;

    /// <summary>The version the search index holds; <see langword="null"/> when the index does not know the user.</summary>
    public UserState? Indexed { get; set; } = state;

    public long IndexDueAt { get; set; }

    public bool IndexFrozen { get; set; }
}
