using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector;

/// <summary>Every admin-role assignment held by managed principals, by resource id, read once and shared by the role lists.</summary>
internal sealed class OktaRoleAssignmentIndex
{
    private readonly Dictionary<string, IReadOnlyList<ResourceAssignment>> _byResource;

    public OktaRoleAssignmentIndex(IEnumerable<ResourceAssignment> assignments, IReadOnlyDictionary<string, OktaCustomRole> customRoles, long directoryVersion, long startedAt)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        ArgumentNullException.ThrowIfNull(customRoles);
        _byResource = assignments
            .Distinct()
            .GroupBy(a => a.ResourceId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<ResourceAssignment>)[.. g
                    .OrderBy(a => a.PrincipalKind)
                    .ThenBy(a => a.PrincipalId, StringComparer.Ordinal)
                    .ThenBy(a => a.AccessLevelId, StringComparer.Ordinal)
                    .ThenBy(a => a.InheritedFromGroupId, StringComparer.Ordinal)],
                StringComparer.Ordinal);
        CustomRoles = customRoles;
        DirectoryVersion = directoryVersion;
        StartedAt = startedAt;
    }

    /// <summary>Gets the custom roles of the org by id.</summary>
    public IReadOnlyDictionary<string, OktaCustomRole> CustomRoles { get; }

    /// <summary>Gets the directory version the index was built on; a newer complete list makes the index stale.</summary>
    public long DirectoryVersion { get; }

    /// <summary>Gets the <see cref="TimeProvider"/> timestamp at which the build started.</summary>
    public long StartedAt { get; }

    /// <summary>Gets the number of assignments.</summary>
    public int Count => _byResource.Values.Sum(a => a.Count);

    /// <summary>Returns the assignments of one resource (empty when none).</summary>
    public IReadOnlyList<ResourceAssignment> Of(string resourceId) => _byResource.GetValueOrDefault(resourceId) ?? [];

    /// <summary>Returns whether <paramref name="resourceId"/> is a standard role type or a custom role of the org.</summary>
    public bool Knows(string resourceId) => OktaStandardRoles.Find(resourceId) is not null || CustomRoles.ContainsKey(resourceId);
}
