using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using OktaCiam.Connector.Testing;

namespace OktaCiam.Connector.Tests.Okta.Integration;

/// <summary>The client's paging against the emulator over real loopback HTTP: Link headers, IAM body links, next-link pinning, encoding and cancellation.</summary>
public sealed class OktaClientPagingEmulatorTests : IClassFixture<PagingEmulatorFixture>
{
    private readonly PagingEmulatorFixture _fixture;

    public OktaClientPagingEmulatorTests(PagingEmulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Reset();
    }

    private OktaEmulator Emulator => _fixture.Emulator;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task GetPageAsync_UserListAcrossManyPages_ReadsEveryListedUserOnce(bool commaJoinedLinkHeaders)
    {
        Emulator.Faults.CombineLinkHeaders = commaJoinedLinkHeaders;
        await using var okta = _fixture.CreateClient();
        var expected = Emulator.Org.EnumerateUsers().Where(u => u.Status != "DEPROVISIONED").Select(u => u.Id).Order(StringComparer.Ordinal).ToList();

        var (ids, pages) = await ReadAllAsync(
            okta.Client.ListUsersAsync(new OktaUserQuery { Limit = 100 }, OktaJsonReaders.Users),
            next => okta.Client.GetPageAsync(next, OktaJsonReaders.Users),
            u => u.Id!);

        ids.Should().OnlyHaveUniqueItems();
        ids.Order(StringComparer.Ordinal).Should().Equal(expected);
        pages.Should().Be((expected.Count + 99) / 100).And.BeGreaterThan(10);
        Emulator.Requests.Should().HaveCount(pages)
            .And.OnlyContain(r => r.Method == "GET" && r.PathAndQuery.StartsWith("/api/v1/users?limit=100", StringComparison.Ordinal) && r.StatusCode == 200);
    }

    [Fact]
    public async Task GetPageAsync_GroupMembersAcrossManyPages_ReadsEveryMemberOnce()
    {
        await using var okta = _fixture.CreateClient();
        var groupId = Emulator.Org.Fixtures["managed-group"];
        var expected = Emulator.Org.GetGroupMemberIds(groupId).Order(StringComparer.Ordinal).ToList();

        var (ids, pages) = await ReadAllAsync(
            okta.Client.ListGroupMembersAsync(groupId, OktaJsonReaders.Users, limit: 50),
            next => okta.Client.GetPageAsync(next, OktaJsonReaders.Users),
            u => u.Id!);

        ids.Order(StringComparer.Ordinal).Should().Equal(expected);
        pages.Should().Be((expected.Count + 49) / 50).And.BeGreaterThan(4);
        Emulator.Requests.Should().HaveCount(pages).And.OnlyContain(r => r.PathAndQuery.StartsWith($"/api/v1/groups/{groupId}/users?limit=50", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListCustomRolesAsync_BodyLinksNameTheAdminHost_FollowsThemOnTheOrgHost()
    {
        await using var okta = _fixture.CreateClient();

        var roles = await okta.Client.ListCustomRolesAsync().ToListAsync();

        roles.Select(r => r.Id).Should().Equal(Emulator.Org.CustomRoleIds());
        Emulator.Requests.Should().HaveCount(3).And.OnlyContain(r => r.PathAndQuery.StartsWith("/api/v1/iam/roles", StringComparison.Ordinal) && r.StatusCode == 200);
        okta.Logs.GetSnapshot().Count(r => r.Id.Name == "OktaNextLinkHostReplaced").Should().Be(2, "both next links named the -admin host");
    }

    [Fact]
    public async Task ListResourceSetsAsync_BodyLinksNameTheAdminHost_FollowsThemOnTheOrgHost()
    {
        await using var okta = _fixture.CreateClient();

        var sets = await okta.Client.ListResourceSetsAsync().ToListAsync();

        sets.Select(s => s.Id).Should().Equal(Emulator.Org.ResourceSetIds());
        Emulator.Requests.Should().HaveCount(3).And.OnlyContain(r => r.PathAndQuery.StartsWith("/api/v1/iam/resource-sets", StringComparison.Ordinal) && r.StatusCode == 200);
    }

    [Fact]
    public async Task ListRoleAssigneesAsync_BodyLinksNameTheAdminHost_FollowsThemOnTheOrgHost()
    {
        await using var okta = _fixture.CreateClient();
        var org = Emulator.Org;
        var expected = org.EnumerateUsers().Where(u => org.GetUserRoles(u.Id).Count > 0).Select(u => u.Id).Order(StringComparer.Ordinal).ToList();

        var assignees = await okta.Client.ListRoleAssigneesAsync().ToListAsync();

        assignees.Select(a => a.Id!).Order(StringComparer.Ordinal).Should().Equal(expected);
        expected.Should().HaveCountGreaterThan(200, "the list must span three pages of 100");
        Emulator.Requests.Should().HaveCount((expected.Count + 99) / 100)
            .And.OnlyContain(r => r.PathAndQuery.StartsWith("/api/v1/iam/assignees/users", StringComparison.Ordinal) && r.StatusCode == 200);
    }

    [Theory]
    [InlineData("users")]
    [InlineData("iam")]
    public async Task GetPagesAsync_NextLinksNameAHostileHost_NeverContactsItAndKeepsTheTokenHome(string list)
    {
        using var hostile = new HostileListener();
        Emulator.Faults.NextLinkBaseUrl = hostile.BaseUrl;
        await using var okta = _fixture.CreateClient();

        // Bounded: a client that followed the link would wait forever on a listener that never answers.
        var count = list == "users"
            ? (await okta.Client.GetAllAsync("/api/v1/users?limit=200", OktaJsonReaders.Users).ToListAsync().AsTask().Within()).Count
            : (await okta.Client.ListCustomRolesAsync().ToListAsync().AsTask().Within()).Count;

        count.Should().Be(list == "users" ? Emulator.Org.EnumerateUsers().Count(u => u.Status != "DEPROVISIONED") : Emulator.Org.CustomRoleIds().Count);
        okta.Logs.GetSnapshot().Should().Contain(r => r.Id.Name == "OktaNextLinkHostReplaced", "the next links named the hostile host");
        hostile.Connections.Should().Be(0);
        hostile.Received.Should().NotContain(Emulator.ApiToken);
        Emulator.Requests.Should().HaveCountGreaterThan(2);
    }

    [Fact]
    public async Task ListUsersAsync_OmitCredentialsContentType_ReachesTheEmulator()
    {
        await using var okta = _fixture.CreateClient();
        var userId = Emulator.Org.ManagedUserIds()[1];

        var page = await okta.Client.ListUsersAsync(new OktaUserQuery { Limit = 50 }, RawObjects);
        var single = await okta.Client.GetUserAsync(userId, RawObject);

        page.Items.Should().HaveCount(50);
        page.Items.Where(u => u.TryGetProperty("credentials", out _)).Should().BeEmpty();
        single!.ContainsKey("credentials").Should().BeFalse();
        single["_links"]!.AsObject().ContainsKey("resetPassword").Should().BeFalse();
        single["_links"]!.AsObject().ContainsKey("deactivate").Should().BeTrue();

        // Without the header the emulator does send credentials, so the assertions above can fail.
        using var plain = new HttpClient { BaseAddress = Emulator.BaseUrl };
        plain.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("SSWS", Emulator.ApiToken);
        using var raw = JsonDocument.Parse(await plain.GetStringAsync($"/api/v1/users/{userId}"));
        raw.RootElement.TryGetProperty("credentials", out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("hash#tag@example.com", "%23")]
    [InlineData("slash/path@example.com", "%2F")]
    [InlineData("plus+addr@example.com", "%2B")]
    [InlineData("percent%41@example.com", "%25")]
    [InlineData("query?x=1&y@example.com", "%3F")]
    public async Task GetUserAsync_LoginWithReservedCharacters_IsEscapedAsOneSegment(string login, string escaped)
    {
        var id = Emulator.Org.AddUser(login, managed: true);
        await using var okta = _fixture.CreateClient();

        var user = await okta.Client.GetUserAsync(login);

        user.Should().NotBeNull();
        user!.Id.Should().Be(id);
        user.Profile!["login"].GetString().Should().Be(login);
        Emulator.Requests.Should().ContainSingle().Which.PathAndQuery.Should().Contain(escaped).And.Contain("%40");
    }

    [Fact]
    public async Task GetUserAsync_SeededLoginWithApostropheAndUnicode_FindsTheUser()
    {
        var id = Emulator.Org.Fixtures["managed-special-login"];
        var login = Emulator.Org.FindUser(id)!.Login;
        await using var okta = _fixture.CreateClient();

        var user = await okta.Client.GetUserAsync(login);

        user!.Id.Should().Be(id);
    }

    [Fact]
    public async Task GetAllAsync_CancelledBetweenPages_RequestsNoFurtherPage()
    {
        await using var okta = _fixture.CreateClient();
        using var cts = new CancellationTokenSource();
        var read = 0;

        var act = async () =>
        {
            await foreach (var _ in okta.Client.GetAllAsync("/api/v1/users?limit=20", OktaJsonReaders.Users, cts.Token))
            {
                if (++read == 5)
                {
                    await cts.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        read.Should().BeLessThanOrEqualTo(20, "nothing past the first page is read");
        Emulator.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task GetAllAsync_CancelledWhileAPageIsHeldByTheServer_StopsWithoutWaiting()
    {
        // The third page is held on the emulator's fake clock, which this test never moves: only cancellation can end the call.
        Emulator.Faults.Add(EmulatorFault.Latency(TimeSpan.FromHours(1)), "GET", "/api/v1/users", skip: 2);
        await using var okta = _fixture.CreateClient();
        using var cts = new CancellationTokenSource();
        var read = 0;
        var paging = Task.Run(async () =>
        {
            await foreach (var _ in okta.Client.GetAllAsync("/api/v1/users?limit=20", OktaJsonReaders.Users, cts.Token))
            {
                read++;
            }
        });

        await Eventually.UntilAsync(() => Emulator.Requests.Count == 3, "the third page request to reach the emulator");
        await cts.CancelAsync();

        await paging.Invoking(p => p.Within()).Should().ThrowAsync<OperationCanceledException>();
        read.Should().Be(40);
        Emulator.Requests.Should().HaveCount(3);
    }

    private static async Task<(List<TId> Ids, int Pages)> ReadAllAsync<T, TId>(Task<OktaPage<T>> first, Func<string, Task<OktaPage<T>>> next, Func<T, TId> id)
    {
        var ids = new List<TId>();
        var pages = 0;
        var page = await first;
        while (true)
        {
            pages++;
            ids.AddRange(page.Items.Select(id));
            if (page.NextPathAndQuery is null)
            {
                return (ids, pages);
            }

            page = await next(page.NextPathAndQuery);
        }
    }

    private static readonly OktaBodyReader<JsonElement> RawObjects = async (body, ct) =>
    {
        using var document = await JsonDocument.ParseAsync(body, cancellationToken: ct);
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    };

    private static readonly OktaObjectReader<JsonObject> RawObject = async (body, ct) =>
        (await JsonNode.ParseAsync(body, cancellationToken: ct))!.AsObject();
}
