namespace OktaCiam.Connector.Abstractions;

/// <summary>Who may see an app in a host's catalog.</summary>
public sealed record AppVisibility
{
    /// <summary>Gets the visibility that imposes no restriction: everyone who can see the parent app sees this one.</summary>
    public static AppVisibility Unrestricted { get; } = new();

    /// <summary>Gets a value indicating whether visibility is restricted to members of <see cref="GroupIds"/>.</summary>
    public bool IsRestricted => GroupIds.Count > 0;

    /// <summary>Gets the ids of the groups whose members may see the app; empty means no restriction.</summary>
    public IReadOnlyList<string> GroupIds { get; init; } = [];

    /// <summary>Creates a visibility restricted to members of the given groups.</summary>
    /// <param name="groupIds">The groups; at least one.</param>
    /// <returns>The visibility.</returns>
    public static AppVisibility RestrictedTo(params IEnumerable<string> groupIds)
    {
        ArgumentNullException.ThrowIfNull(groupIds);
        string[] ids = [.. groupIds];
        if (ids.Length == 0)
        {
            throw new ArgumentException("A restricted visibility needs at least one group id.", nameof(groupIds));
        }

        foreach (var id in ids)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(id, nameof(groupIds));
        }

        return new AppVisibility { GroupIds = ids };
    }
}
