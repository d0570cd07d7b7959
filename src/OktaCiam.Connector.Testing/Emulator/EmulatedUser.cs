namespace OktaCiam.Connector.Testing;

/// <summary>A snapshot of one user of the emulated org, for test assertions.</summary>
public sealed class EmulatedUser
{
    internal EmulatedUser(string id, string status, string login, string? email, bool isManaged, string profileJson)
    {
        Id = id;
        Status = status;
        Login = login;
        Email = email;
        IsManaged = isManaged;
        ProfileJson = profileJson;
    }

    /// <summary>Gets the user id (<c>00u…</c>).</summary>
    public string Id { get; }

    /// <summary>Gets the Okta status (ACTIVE, DEPROVISIONED…).</summary>
    public string Status { get; }

    /// <summary>Gets <c>profile.login</c>.</summary>
    public string Login { get; }

    /// <summary>Gets <c>profile.email</c> when it is a string.</summary>
    public string? Email { get; }

    /// <summary>Gets whether the profile holds the managed attribute exactly once, as JSON <c>true</c> (the connector's rule).</summary>
    public bool IsManaged { get; }

    /// <summary>Gets the profile as the emulator serves it.</summary>
    public string ProfileJson { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Status}{(IsManaged ? ", managed" : string.Empty)})";
}
