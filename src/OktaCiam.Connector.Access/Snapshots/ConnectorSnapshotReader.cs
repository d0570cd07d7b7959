using System.Collections.Concurrent;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Access;

/// <summary>Reads a full snapshot of any connector through the SDK's reader capabilities.</summary>
/// <remarks>
/// Members and holders are checked against the users and groups of the same snapshot, so an entry a connector let
/// through by mistake never reaches the result (it is counted in <see cref="ConnectorSnapshot.DroppedUnknownPrincipals"/>).
/// </remarks>
public sealed class ConnectorSnapshotReader
{
    private readonly TimeProvider _timeProvider;

    /// <summary>Initializes a new instance of the <see cref="ConnectorSnapshotReader"/> class.</summary>
    /// <param name="timeProvider">The clock for the snapshot's timestamps; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    public ConnectorSnapshotReader(TimeProvider? timeProvider = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Reads users, groups with members and resources with holders, as far as the connector supports each.</summary>
    /// <param name="connector">The connector.</param>
    /// <param name="options">How to read; defaults when <see langword="null"/>.</param>
    /// <param name="progress">Receives progress reports, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The snapshot.</returns>
    public async Task<ConnectorSnapshot> ReadAsync(
        IConnector connector,
        ConnectorSnapshotOptions? options = null,
        IProgress<SnapshotProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connector);
        options ??= new ConnectorSnapshotOptions();

        var statisticsSource = connector.GetService<IReadStatisticsSource>();
        var statisticsBefore = statisticsSource?.GetStatistics();
        var started = _timeProvider.GetTimestamp();
        var startedAt = _timeProvider.GetUtcNow();

        var users = new List<ConnectorUser>();
        if (connector.GetService<IUserReader>() is { } userReader)
        {
            await foreach (var user in userReader.ReadAllUsersAsync(options.PageSize, cancellationToken).ConfigureAwait(false))
            {
                users.Add(user);
                if (users.Count % 200 == 0)
                {
                    progress?.Report(new SnapshotProgress("users", users.Count, null));
                }
            }

            progress?.Report(new SnapshotProgress("users", users.Count, users.Count));
        }

        var userIds = users.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var dropped = 0;

        var groups = new List<GroupSnapshot>();
        if (connector.GetService<IGroupReader>() is { } groupReader)
        {
            var groupList = await groupReader.ReadAllGroupsAsync(options.PageSize, cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
            progress?.Report(new SnapshotProgress("groups", groupList.Count, groupList.Count));

            var members = new ConcurrentDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            var done = 0;
            await Parallel.ForEachAsync(
                groupList,
                new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrency, CancellationToken = cancellationToken },
                async (group, ct) =>
                {
                    var ids = new List<string>();
                    await foreach (var member in groupReader.ReadAllGroupMembersAsync(group.Id, options.PageSize, ct).ConfigureAwait(false))
                    {
                        if (userIds.Contains(member.UserId))
                        {
                            ids.Add(member.UserId);
                        }
                        else
                        {
                            Interlocked.Increment(ref dropped);
                        }
                    }

                    members[group.Id] = ids;
                    progress?.Report(new SnapshotProgress("members", Interlocked.Increment(ref done), groupList.Count));
                }).ConfigureAwait(false);

            groups.AddRange(groupList.Select(g => new GroupSnapshot(g, members[g.Id])));
        }

        var groupIds = groups.Select(g => g.Group.Id).ToHashSet(StringComparer.Ordinal);
        var resources = new List<ResourceSnapshot>();
        if (connector.GetService<IResourceReader>() is { } resourceReader)
        {
            var resourceList = await resourceReader.ReadAllResourcesAsync(options.PageSize, cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
            var details = new ConcurrentDictionary<string, ResourceSnapshot>(StringComparer.Ordinal);
            var done = 0;
            await Parallel.ForEachAsync(
                resourceList,
                new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrency, CancellationToken = cancellationToken },
                async (resource, ct) =>
                {
                    var levels = await resourceReader.ReadAllAccessLevelsAsync(resource.Id, options.PageSize, ct).ToListAsync(ct).ConfigureAwait(false);
                    var assignments = new List<ResourceAssignment>();
                    await foreach (var assignment in resourceReader.ReadAllResourceAssignmentsAsync(resource.Id, options.PageSize, ct).ConfigureAwait(false))
                    {
                        var known = assignment.PrincipalKind == PrincipalKind.Group ? groupIds : userIds;
                        if (known.Contains(assignment.PrincipalId))
                        {
                            assignments.Add(assignment);
                        }
                        else
                        {
                            Interlocked.Increment(ref dropped);
                        }
                    }

                    details[resource.Id] = new ResourceSnapshot(resource, levels, assignments);
                    progress?.Report(new SnapshotProgress("resources", Interlocked.Increment(ref done), resourceList.Count));
                }).ConfigureAwait(false);

            resources.AddRange(resourceList.Select(r => details[r.Id]));
        }

        return new ConnectorSnapshot
        {
            ConnectorId = connector.Descriptor.Id,
            StartedAt = startedAt,
            Duration = _timeProvider.GetElapsedTime(started),
            Users = users,
            Groups = groups,
            Resources = resources,
            Statistics = statisticsSource is null ? null : statisticsSource.GetStatistics() - statisticsBefore!,
            DroppedUnknownPrincipals = dropped,
        };
    }
}
