using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Abstractions.Tests;

public class ConnectorExtensionsTests
{
    [Fact]
    public void GetService_SupportedCapability_ReturnsIt()
    {
        var connector = new FakeConnector();

        connector.GetService<IUserReader>().Should().BeSameAs(connector.Users);
        connector.GetRequiredService<IUserReader>().Should().BeSameAs(connector.Users);
    }

    [Fact]
    public void GetRequiredService_UnsupportedCapability_ThrowsNamingConnectorAndCapability()
    {
        var connector = new FakeConnector();

        connector.GetService<IAccessProvisioner>().Should().BeNull();
        var act = () => connector.GetRequiredService<IAccessProvisioner>();
        act.Should().Throw<NotSupportedException>().WithMessage("*fake*IAccessProvisioner*");
    }

    [Fact]
    public async Task ReadAllUsersAsync_WalksEveryPage()
    {
        var users = await new FakeConnector().Users.ReadAllUsersAsync(pageSize: 1).ToListAsync();

        users.Select(u => u.Id).Should().Equal("u1", "u2", "u3");
    }

    private sealed class FakeConnector : IConnector
    {
        public FakeUsers Users { get; } = new();

        public ConnectorDescriptor Descriptor { get; } = new()
        {
            Id = "fake",
            DisplayName = "Fake",
            ResourceKinds = [],
            App = new AppSettings { Name = "Fake" },
        };

        public object? GetService(Type serviceType) => serviceType == typeof(IUserReader) ? Users : null;
    }

    private sealed class FakeUsers : IUserReader
    {
        private readonly ConnectorUser[] _all = [new() { Id = "u1" }, new() { Id = "u2" }, new() { Id = "u3" }];

        public Task<Page<ConnectorUser>> ListUsersAsync(PageRequest page, CancellationToken cancellationToken = default)
        {
            var start = page.Cursor is null ? 0 : int.Parse(page.Cursor, System.Globalization.CultureInfo.InvariantCulture);
            var size = page.PageSize ?? 2;
            var items = _all.Skip(start).Take(size).ToArray();
            var next = start + size < _all.Length ? (start + size).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            return Task.FromResult(Page.Create<ConnectorUser>(items, next));
        }

        public Task<ConnectorUser?> GetUserAsync(string userId, CancellationToken cancellationToken = default)
            => Task.FromResult(_all.FirstOrDefault(u => u.Id == userId));
    }
}
