using System.Net;
using Microsoft.Extensions.Logging;
using OktaCiam.Connector.Abstractions;
using OktaCiam.Connector.Tests.Okta;

namespace OktaCiam.Connector.Tests.Reading;

public class OktaUserReaderTests
{
    private const string Search = "/api/v1/users?search=profile.opal_okta_ciam_managed eq true&limit=200";

    [Fact]
    public async Task ListUsersAsync_SearchMode_ConfirmsEveryManagedHitByIdAndNeverReadsCustomersById()
    {
        await using var sut = CreateSut();

        var users = await sut.AllUsersAsync();

        users.Select(u => u.Id).Should().BeEquivalentTo(["00uA", "00uB", "00uGone"]);
        var paths = sut.Paths();
        paths[0].Should().Be(Search);
        paths.Where(p => p.StartsWith("/api/v1/users/", StringComparison.Ordinal)).Should().BeEquivalentTo(["/api/v1/users/00uA", "/api/v1/users/00uB", "/api/v1/users/00uGone"]);
        paths.Should().NotContain(p => p.Contains("00uC", StringComparison.Ordinal), "a customer (even one the loose index matches) is never read by id");
    }

    [Fact]
    public async Task ListUsersAsync_DeprovisionedManagedUser_IsVisibleAsDeprovisioned()
    {
        await using var sut = CreateSut();

        var gone = (await sut.AllUsersAsync()).Single(u => u.Id == "00uGone");

        gone.Status.Should().Be(UserStatus.Deprovisioned);
        gone.RawStatus.Should().Be("DEPROVISIONED");
    }

    [Fact]
    public async Task ListUsersAsync_StaleIndexStillSaysManaged_LeavesTheUserOut()
    {
        await using var sut = CreateSut(okta => okta.User("00uB").Change(FakeOkta.Customer("b@corp.example"), okta.Now - TimeSpan.FromHours(1)));

        var users = await sut.AllUsersAsync();

        users.Select(u => u.Id).Should().BeEquivalentTo(["00uA", "00uGone"]);
    }

    [Fact]
    public async Task ListUsersAsync_IndexNotYetShowingNewlyMarkedUser_FindsItInRecentChanges()
    {
        await using var sut = CreateSut(okta =>
        {
            var marked = okta.AddUser("00uNew", FakeOkta.Customer("new@corp.example"));
            marked.Change(FakeOkta.Managed("new@corp.example"), okta.Now - TimeSpan.FromSeconds(2));
        });

        var users = await sut.AllUsersAsync();

        users.Select(u => u.Id).Should().BeEquivalentTo(["00uA", "00uB", "00uGone", "00uNew"]);
        sut.Paths().Should().Contain("/api/v1/users?filter=lastUpdated gt \"2026-01-05T11:55:00.000Z\"&limit=200");
    }

    [Fact]
    public async Task ListUsersAsync_RecentlyChangedUserInBothLists_IsReturnedOnce()
    {
        await using var sut = CreateSut(okta =>
        {
            okta.User("00uA").Change(FakeOkta.Managed("a@corp.example", ""","title":"Boss" """), okta.Now - TimeSpan.FromSeconds(1));
            okta.User("00uA").Reindex();
        });

        var users = await sut.AllUsersAsync();

        users.Count(u => u.Id == "00uA").Should().Be(1);
        users.Single(u => u.Id == "00uA").Attributes["title"].GetString().Should().Be("Boss");
    }

    [Fact]
    public async Task ListUsersAsync_TrustSearchIndex_UsesIndexBodiesWithoutReadsByIdOrRecentChanges()
    {
        await using var sut = CreateSut(configure: o => o.TrustSearchIndex = true);

        var users = await sut.AllUsersAsync();

        users.Select(u => u.Id).Should().BeEquivalentTo(["00uA", "00uB", "00uGone"]);
        sut.Paths().Should().Equal(Search);
    }

    [Fact]
    public async Task ListUsersAsync_FullScan_ReadsPlainListThenDeprovisionedUsers()
    {
        await using var sut = CreateSut(configure: o => o.Mode = OktaCiamReadMode.FullScan);

        var users = await sut.AllUsersAsync();

        users.Select(u => u.Id).Should().BeEquivalentTo(["00uA", "00uB", "00uGone"]);
        sut.Paths().Should().Equal("/api/v1/users?limit=200", "/api/v1/users?filter=status eq \"DEPROVISIONED\"&limit=200");
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, "E0000100")]
    [InlineData(HttpStatusCode.BadRequest, "E0000031")]
    public async Task ListUsersAsync_SearchUnavailable_FallsBackToFullScanWithAWarning(HttpStatusCode status, string errorCode)
    {
        await using var sut = CreateSut();
        sut.Okta.Intercept = r => r.PathAndQuery.Contains("search=", StringComparison.Ordinal) ? OktaResponses.Error(status, errorCode) : null;

        var users = await sut.AllUsersAsync();

        users.Select(u => u.Id).Should().BeEquivalentTo(["00uA", "00uB", "00uGone"]);
        sut.Paths().Count(p => p.Contains("search=", StringComparison.Ordinal)).Should().Be(1, "503 E0000100 is not retried: the fallback is immediate");
        sut.Inner.Logs.GetSnapshot().Should().Contain(r => r.Level == LogLevel.Warning && r.Id.Name == "ReadSearchUnavailable");
    }

    [Fact]
    public async Task ListUsersAsync_AfterSearchWasUnavailable_NextListStartsWithFullScan()
    {
        await using var sut = CreateSut();
        sut.Okta.Intercept = r => r.PathAndQuery.Contains("search=", StringComparison.Ordinal) ? OktaResponses.Error(HttpStatusCode.ServiceUnavailable, "E0000100") : null;
        await sut.AllUsersAsync();
        var before = sut.Requests.Count;

        await sut.AllUsersAsync();

        sut.Paths().Skip(before).Should().NotContain(p => p.Contains("search=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListUsersAsync_SearchFailsMidWalk_ContinuesAsFullScanWithoutRepeatingUsers()
    {
        await using var sut = CreateSut(okta =>
        {
            for (var i = 0; i < 5; i++)
            {
                okta.AddUser($"00uM{i}", FakeOkta.Managed($"m{i}@corp.example"));
            }
        });
        sut.Okta.Intercept = r => r.PathAndQuery.Contains("search=", StringComparison.Ordinal) && r.PathAndQuery.Contains("after=", StringComparison.Ordinal)
            ? OktaResponses.Error(HttpStatusCode.ServiceUnavailable, "E0000100")
            : null;

        var users = await sut.Users.ReadAllUsersAsync(pageSize: 2).ToListAsync();

        users.Select(u => u.Id).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(["00uA", "00uB", "00uGone", "00uM0", "00uM1", "00uM2", "00uM3", "00uM4"]);
    }

    [Fact]
    public async Task ListUsersAsync_PageSize_IsPassedToOktaAndCappedAt200()
    {
        await using var sut = CreateSut(configure: o => o.Mode = OktaCiamReadMode.FullScan);

        await sut.Users.ListUsersAsync(new PageRequest { PageSize = 2 });
        await sut.Users.ListUsersAsync(new PageRequest { PageSize = 1000 });

        sut.Paths().Should().Equal("/api/v1/users?limit=2", "/api/v1/users?limit=200");
    }

    [Fact]
    public async Task ListUsersAsync_TamperedCursor_IsRejectedWithAClearError()
    {
        await using var sut = CreateSut(configure: o => o.Mode = OktaCiamReadMode.FullScan);
        var first = await sut.Users.ListUsersAsync(new PageRequest { PageSize = 1 });
        var cursor = first.NextCursor!;
        var tampered = cursor[..10] + (cursor[10] == 'A' ? 'B' : 'A') + cursor[11..];

        var act = () => sut.Users.ListUsersAsync(PageRequest.First.WithCursor(tampered));

        (await act.Should().ThrowAsync<ArgumentException>()).WithMessage("*start the list again without a cursor*");
    }

    [Fact]
    public async Task ListUsersAsync_CursorOfAnotherList_IsRejected()
    {
        await using var sut = CreateSut(
            okta =>
            {
                okta.AddGroup("00gA", "Admins", managed: true);
                okta.AddGroup("00gB", "Support", managed: true);
            },
            o => o.Mode = OktaCiamReadMode.FullScan);
        var groups = await sut.Groups.ListGroupsAsync(new PageRequest { PageSize = 1 });

        var act = () => sut.Users.ListUsersAsync(new PageRequest { PageSize = 1, Cursor = groups.NextCursor });

        groups.NextCursor.Should().NotBeNull();
        await act.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task ListUsersAsync_Cursor_DoesNotRevealOktasPagingValues()
    {
        await using var sut = CreateSut(configure: o => o.Mode = OktaCiamReadMode.FullScan);

        var page = await sut.Users.ListUsersAsync(new PageRequest { PageSize = 1 });

        var decoded = Convert.ToBase64String(System.Buffers.Text.Base64Url.DecodeFromChars(page.NextCursor!));
        decoded.Should().NotContain(Convert.ToBase64String("after"u8.ToArray())[..4]);
        page.NextCursor.Should().NotContain("api").And.NotContain("after");
    }

    [Fact]
    public async Task ListUsersAsync_OktaNextLinkChangingTheSearch_StopsWithAProtocolError()
    {
        await using var sut = CreateSut();
        sut.Okta.Intercept = r => r.PathAndQuery.Contains("search=", StringComparison.Ordinal)
            ? OktaResponses.Json(OktaResponses.Users()).WithNext($"{FakeOkta.Host}/api/v1/users?search=profile.email%20sw%20%22a%22&after=x")
            : null;

        var act = () => sut.Users.ListUsersAsync(PageRequest.First);

        await act.Should().ThrowAsync<ConnectorProtocolException>();
    }

    [Fact]
    public async Task ListUsersAsync_DefaultAttributes_ExposeWorkProfileOnly()
    {
        await using var sut = CreateSut();

        var user = (await sut.AllUsersAsync()).Single(u => u.Id == "00uA");

        user.Login.Should().Be("a@corp.example");
        user.Email.Should().Be("a@corp.example");
        user.DisplayName.Should().Be("Ann Lee");
        user.Attributes.Keys.Should().BeEquivalentTo(["login", "email", "firstName", "lastName"]);
    }

    [Fact]
    public async Task ListUsersAsync_AllAttributes_ExposesEveryProfileAttribute()
    {
        await using var sut = CreateSut(configure: o => o.UserAttributes = ["*"]);

        var user = (await sut.AllUsersAsync()).Single(u => u.Id == "00uA");

        user.Attributes.Keys.Should().Contain(["mobilePhone", FakeOkta.Attribute]);
    }

    [Fact]
    public async Task GetUserAsync_ManagedUser_ReturnsItFromAFreshRead()
    {
        await using var sut = CreateSut();

        var user = await sut.Users.GetUserAsync("00uA");

        user!.Id.Should().Be("00uA");
        sut.Paths().Should().Equal("/api/v1/users/00uA");
    }

    [Theory]
    [InlineData("00uC")]
    [InlineData("00uD")]
    [InlineData("00uMissing")]
    public async Task GetUserAsync_CustomerOrMissing_ReturnsNull(string id)
    {
        await using var sut = CreateSut();

        var user = await sut.Users.GetUserAsync(id);

        user.Should().BeNull();
    }

    [Fact]
    public async Task GetStatistics_AfterAList_CountsCallsSeenManagedAndExclusionsByReason()
    {
        await using var sut = CreateSut(configure: o => o.Mode = OktaCiamReadMode.FullScan);
        var source = sut.Connector.GetRequiredService<IReadStatisticsSource>();
        var before = source.GetStatistics();

        await sut.AllUsersAsync();
        var stats = source.GetStatistics() - before;

        stats.ApiCalls.Should().Be(2);
        stats.UsersSeen.Should().Be(5);
        stats.UsersManaged.Should().Be(3);
        stats.Excluded.Should().BeEquivalentTo(new Dictionary<string, long> { ["attribute_false"] = 1, ["attribute_not_boolean"] = 1 });
    }

    private static ReaderHarness CreateSut(Action<FakeOkta>? seed = null, Action<OktaCiamReadOptions>? configure = null) =>
        ReaderHarness.Create(
            okta =>
            {
                okta.AddUser("00uA", FakeOkta.Managed("a@corp.example"));
                okta.AddUser("00uC", FakeOkta.Customer("c@shop.example", "\"true\""));
                okta.AddUser("00uB", FakeOkta.Managed("b@corp.example"));
                okta.AddUser("00uD", FakeOkta.Customer("d@shop.example"));
                okta.AddUser("00uGone", FakeOkta.Managed("gone@corp.example"), status: "DEPROVISIONED");
                seed?.Invoke(okta);
            },
            configure);
}
