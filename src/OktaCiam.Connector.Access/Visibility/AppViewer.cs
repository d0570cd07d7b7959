namespace OktaCiam.Connector.Access;

/// <summary>The principal asking to see an app: the groups it belongs to and what it already holds.</summary>
public sealed record AppViewer
{
    /// <summary>Gets the ids of the groups the principal is a member of.</summary>
    public IReadOnlyCollection<string> GroupIds { get; init; } = [];

    /// <summary>Gets a value indicating whether the principal is an admin of the host (admins see every app).</summary>
    public bool IsHostAdmin { get; init; }

    /// <summary>Gets a value indicating whether the principal is the app's admin (owner).</summary>
    public bool IsAppAdmin { get; init; }

    /// <summary>Gets a value indicating whether the principal already holds access through the app (holders always see what they hold).</summary>
    public bool HoldsAccess { get; init; }
}
