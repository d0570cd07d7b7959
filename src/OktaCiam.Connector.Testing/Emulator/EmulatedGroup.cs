namespace OktaCiam.Connector.Testing;

/// <summary>A snapshot of one group of the emulated org, for test assertions.</summary>
public sealed class EmulatedGroup
{
    internal EmulatedGroup(string id, string name, string? description, string type, bool isManaged, string profileJson, int memberCount)
    {
        Id = id;
        Name = name;
        Description = description;
        Type = type;
        IsManaged = isManaged;
        ProfileJson = profileJson;
        MemberCount = memberCount;
    }

    /// <summary>Gets the group id (<c>00g…</c>).</summary>
    public string Id { get; }

    /// <summary>Gets <c>profile.name</c>.</summary>
    public string Name { get; }

    /// <summary>Gets <c>profile.description</c>.</summary>
    public string? Description { get; }

    /// <summary>Gets the group type: OKTA_GROUP, APP_GROUP or BUILT_IN.</summary>
    public string Type { get; }

    /// <summary>Gets whether the profile holds the managed attribute exactly once, as JSON <c>true</c>.</summary>
    public bool IsManaged { get; }

    /// <summary>Gets the profile as the emulator serves it.</summary>
    public string ProfileJson { get; }

    /// <summary>Gets the number of members, customers included.</summary>
    public int MemberCount { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Name} ({Type}{(IsManaged ? ", managed" : string.Empty)})";
}
