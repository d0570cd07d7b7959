using Microsoft.Extensions.Time.Testing;
using OktaCiam.Connector.Abstractions;
using OktaCiam.Connector.Access;

namespace OktaCiam.Connector.Access.Tests.Snapshots;

public class ConnectorSnapshotReaderTests
{
    [Fact]
    public async Task ReadAsync_FullConnector_ReadsUsersGroupsMembersAndResourcesAcrossPages()
    {
        var connector = new InMemoryConnector();

        var snapshot = await CreateSut().ReadAsync(connector, new ConnectorSnapshotOptions { PageSize = 1, MaxConcurrency = 2 });

        snapshot.ConnectorId.Should().Be("in-memory");
        snapshot.Users.Select(u => u.Id).Should().Equal("u1", "u2", "u3");
        snapshot.Groups.Select(g => (g.Group.Id, string.Join(",", g.MemberIds))).Should().Equal(("g1", "u1,u2"), ("g2", ""));
        snapshot.Resources.Should().ContainSingle().Which.Assignments.Select(a => a.PrincipalId).Should().Equal("u3", "g1");
        snapshot.Resources[0].AccessLevels.Should().ContainSingle();
    }

    [Fact]
    public async Task ReadAsync_MemberOrHolderNotAmongUsers_IsDroppedAndCounted()
    {
        var connector = new InMemoryConnector();
        connector.Members["g1"].Add("customer-1");
        connector.Assignments.Add(new ResourceAssignment { ResourceId = "r1", PrincipalId = "customer-2" });
        connector.Assignments.Add(new ResourceAssignment { ResourceId = "r1", PrincipalId = "g-unknown", PrincipalKind = PrincipalKind.Group });

        var snapshot = await CreateSut().ReadAsync(connector);

        snapshot.Groups[0].MemberIds.Should().NotContain("customer-1");
        snapshot.Resources[0].Assignments.Select(a => a.PrincipalId).Should().NotContain(["customer-2", "g-unknown"]);
        snapshot.DroppedUnknownPrincipals.Should().Be(3);
    }

    [Fact]
    public async Task ReadAsync_StatisticsSource_ReportsOnlyThisRead()
    {
        var connector = new InMemoryConnector { Statistics = new ReadStatistics { ApiCalls = 10, Excluded = new Dictionary<string, long> { ["attribute_missing"] = 5 } } };
        connector.OnRead = () => connector.Statistics = connector.Statistics with
        {
            ApiCalls = connector.Statistics.ApiCalls + 1,
            Excluded = new Dictionary<string, long> { ["attribute_missing"] = connector.Statistics.Excluded["attribute_missing"] + 2 },
        };

        var snapshot = await CreateSut().ReadAsync(connector);

        snapshot.Statistics!.ApiCalls.Should().BeGreaterThan(0).And.BeLessThan(10);
        snapshot.Statistics.Excluded["attribute_missing"].Should().Be(snapshot.Statistics.ApiCalls * 2);
    }

    [Fact]
    public async Task ReadAsync_ConnectorWithoutReaders_ReturnsEmptySnapshot()
    {
        var snapshot = await CreateSut().ReadAsync(new InMemoryConnector { Capabilities = [] });

        snapshot.Users.Should().BeEmpty();
        snapshot.Groups.Should().BeEmpty();
        snapshot.Resources.Should().BeEmpty();
        snapshot.Statistics.Should().BeNull();
    }

    [Fact]
    public async Task ReadAsync_ReportsProgressAndTimestamps()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));
        var reports = new List<SnapshotProgress>();
        var progress = new SynchronousProgress(reports.Add);

        var snapshot = await new ConnectorSnapshotReader(time).ReadAsync(new InMemoryConnector(), progress: progress);

        snapshot.StartedAt.Should().Be(time.GetUtcNow());
        reports.Should().Contain(new SnapshotProgress("users", 3, 3)).And.Contain(r => r.Stage == "members" && r.Done == 2);
    }

    [Fact]
    public async Task ReadAsync_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        var act = () => CreateSut().ReadAsync(new InMemoryConnector(), cancellationToken: cts.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    private static ConnectorSnapshotReader CreateSut() => new(new FakeTimeProvider());

    private sealed class SynchronousProgress(Action<SnapshotProgress> report) : IProgress<SnapshotProgress>
    {
        public void Report(SnapshotProgress value)
        {
            lock (this)
            {
                report(value);
            }
        }
    }

    private sealed class InMemoryConnector : IConnector, IUserReader, IGroupReader, IResourceReader, IReadStatisticsSource
    {
        public List<ConnectorUser> Users { get; } = [new() { Id = "u1" }, new() { Id = "u2" }, new() { Id = "u3" }];

        public List<ConnectorGroup> Groups { get; } = [new() { Id = "g1", Name = "Eng" }, new() { Id = "g2", Name = "Empty" }];

        public Dictionary<string, List<string>> Members { get; } = new() { ["g1"] = ["u1", "u2"], ["g2"] = [] };

        public List<ResourceAssignment> Assignments { get; } =
        [
            new() { ResourceId = "r1", PrincipalId = "u3" },
            new() { ResourceId = "r1", PrincipalId = "g1", PrincipalKind = PrincipalKind.Group },
        ];

        public ReadStatistics Statistics { get; set; } = ReadStatistics.Zero;

        public Action? OnRead { get; set; }

        public Type[] Capabilities { get; init; } = [typeof(IUserReader), typeof(IGroupReader), typeof(IResourceReader), typeof(IReadStatisticsSource)];

        public ConnectorDescriptor Descriptor { get; } = new() { Id = "in-memory", DisplayName = "In memory", ResourceKinds = [], App = new AppSettings { Name = "x" } };

        public object? GetService(Type serviceType) => Capabilities.Contains(serviceType) ? this : null;

        public ReadStatistics GetStatistics() => Statistics;

        public Task<Page<ConnectorUser>> ListUsersAsync(PageRequest page, CancellationToken cancellationToken = default) => Slice(Users, page);

        public Task<ConnectorUser?> GetUserAsync(string userId, CancellationToken cancellationToken = default) => Task.FromResult(Users.Find(u => u.Id == userId));

        public Task<Page<ConnectorGroup>> ListGroupsAsync(PageRequest page, CancellationToken cancellationToken = default) => Slice(Groups, page);

        public Task<ConnectorGroup?> GetGroupAsync(string groupId, CancellationToken cancellationToken = default) => Task.FromResult(Groups.Find(g => g.Id == groupId));

        public Task<Page<GroupMember>> ListGroupMembersAsync(string groupId, PageRequest page, CancellationToken cancellationToken = default)
            => Slice(Members[groupId].Select(id => new GroupMember(groupId, id)).ToList(), page);

        public Task<Page<ConnectorResource>> ListResourcesAsync(PageRequest page, CancellationToken cancellationToken = default)
            => Slice([new ConnectorResource { Id = "r1", Name = "Help desk admin", Kind = "admin-role" }], page);

        public Task<ConnectorResource?> GetResourceAsync(string resourceId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Page<AccessLevel>> ListAccessLevelsAsync(string resourceId, PageRequest page, CancellationToken cancellationToken = default)
            => Slice([new AccessLevel(AccessLevel.DefaultId, "Member")], page);

        public Task<Page<ResourceAssignment>> ListResourceAssignmentsAsync(string resourceId, PageRequest page, CancellationToken cancellationToken = default)
            => Slice(Assignments.Where(a => a.ResourceId == resourceId).ToList(), page);

        private Task<Page<T>> Slice<T>(List<T> all, PageRequest page)
        {
            OnRead?.Invoke();
            var start = page.Cursor is null ? 0 : int.Parse(page.Cursor, System.Globalization.CultureInfo.InvariantCulture);
            var size = page.PageSize ?? 2;
            var next = start + size < all.Count ? (start + size).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            return Task.FromResult(Page.Create<T>(all.Skip(start).Take(size).ToList(), next));
        }
    }
}
