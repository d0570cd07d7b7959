using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Access;

/// <summary>Everything a connector exposes at one point in time: users, groups with members, resources with holders.</summary>
public sealed record ConnectorSnapshot
{
    /// <summary>Gets the connector's id.</summary>
    public required string ConnectorId { get; init; }

    /// <summary>Gets when the read started, from the snapshot reader's <see cref="TimeProvider"/>.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Gets how long the read took.</summary>
    public required TimeSpan Duration { get; init; }

    /// <summary>Gets the users, in the connector's order.</summary>
    public required IReadOnlyList<ConnectorUser> Users { get; init; }

    /// <summary>Gets the groups with their member ids.</summary>
    public required IReadOnlyList<GroupSnapshot> Groups { get; init; }

    /// <summary>Gets the resources with their access levels and holders.</summary>
    public required IReadOnlyList<ResourceSnapshot> Resources { get; init; }

    /// <summary>Gets the connector's read counters for this snapshot, when it reports them (<see cref="IReadStatisticsSource"/>).</summary>
    public ReadStatistics? Statistics { get; init; }

    /// <summary>Gets how many member or holder entries named a user that is not in <see cref="Users"/> and were therefore dropped.</summary>
    public int DroppedUnknownPrincipals { get; init; }
}

/// <summary>A group and the ids of its members.</summary>
/// <param name="Group">The group.</param>
/// <param name="MemberIds">The ids of its members, each one a user in the same snapshot.</param>
public sealed record GroupSnapshot(ConnectorGroup Group, IReadOnlyList<string> MemberIds);

/// <summary>A resource, its access levels and who holds it.</summary>
/// <param name="Resource">The resource.</param>
/// <param name="AccessLevels">Its access levels.</param>
/// <param name="Assignments">Its holders, each one a user or group in the same snapshot.</param>
public sealed record ResourceSnapshot(ConnectorResource Resource, IReadOnlyList<AccessLevel> AccessLevels, IReadOnlyList<ResourceAssignment> Assignments);
