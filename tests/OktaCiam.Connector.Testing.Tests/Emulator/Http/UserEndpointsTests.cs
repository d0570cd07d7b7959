using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace OktaCiam.Connector.Testing.Tests.Emulator.Http;

public sealed class UserEndpointsTests
{
    private const string Managed = "profile.opal_okta_ciam_managed eq true";

    [Fact]
    public async Task List_Plain_PagesThroughEveryUserButTheDeprovisioned()
    {
        await using var okta = await EmulatorHarness.StartAsync(new OktaEmulatorSeed { ManagedUsers = 12, Customers = 450, DeprovisionedManagedUsers = 2 });
        using var client = okta.Client();
        var expected = okta.Org.EnumerateUsers().Where(u => u.Status != "DEPROVISIONED").Select(u => u.Id).ToList();

        var (items, pages) = await client.GetAllPagesAsync("/api/v1/users");

        items.Select(u => u["id"]!.GetValue<string>()).Should().Equal(expected);
        items.Should().NotContain(u => u["status"]!.GetValue<string>() == "DEPROVISIONED");
        pages.Should().Be((expected.Count + 199) / 200);
        okta.Org.EnumerateUsers().Should().Contain(u => u.Status == "DEPROVISIONED");
    }

    [Fact]
    public async Task List_SmallLimit_FollowsOpaqueCursorsWithoutGapsOrRepeats()
    {
        await using var okta = await EmulatorHarness.StartAsync(new OktaEmulatorSeed { ManagedUsers = 5, Customers = 60 });
        using var client = okta.Client();

        var first = await client.GetAsync("/api/v1/users?limit=7");
        var (items, pages) = await client.GetAllPagesAsync("/api/v1/users?limit=7");

        var links = first.Headers.GetValues("Link").ToList();
        links.Should().HaveCount(2);
        links[0].Should().Be($"<{okta.BaseUrl}api/v1/users?limit=7>; rel=\"self\"");
        links[1].Should().MatchRegex(@"^<http://127\.0\.0\.1:\d+/api/v1/users\?limit=7&after=[0-9A-Za-z]{12}>; rel=""next""$");
        var ids = items.Select(u => u["id"]!.GetValue<string>()).ToList();
        ids.Should().OnlyHaveUniqueItems();
        ids.Should().BeEquivalentTo(okta.Org.EnumerateUsers().Where(u => u.Status != "DEPROVISIONED").Select(u => u.Id));
        pages.Should().Be((ids.Count + 6) / 7);
    }

    [Fact]
    public async Task List_LastPage_HasNoNextLink()
    {
        await using var okta = await EmulatorHarness.StartAsync(OktaEmulatorSeed.Empty);
        using var client = okta.Client();

        var response = await client.GetAsync("/api/v1/users?limit=200");

        EmulatorHarness.NextLink(response).Should().BeNull();
        response.Headers.GetValues("Link").Should().ContainSingle().Which.Should().EndWith("rel=\"self\"");
    }

    [Fact]
    public async Task List_LimitAboveMaximum_IsCappedAt200()
    {
        await using var okta = await EmulatorHarness.StartAsync(new OktaEmulatorSeed { Customers = 500 });
        using var client = okta.Client();

        var (response, body) = await client.GetJsonAsync("/api/v1/users?limit=1000");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body!.AsArray().Should().HaveCount(200);
    }

    [Theory]
    [InlineData("/api/v1/users?limit=abc", "E0000001")]
    [InlineData("/api/v1/users?limit=0", "E0000001")]
    [InlineData("/api/v1/users?after=not-a-cursor", "E0000001")]
    [InlineData("/api/v1/users?after=00u1f96ECLNVOKVMUSEA", "E0000001")]
    public async Task List_BadLimitOrCursor_Returns400(string url, string errorCode)
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();

        var (response, body) = await client.GetJsonAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        body.ErrorCode().Should().Be(errorCode);
    }

    [Fact]
    public async Task List_CombineLinkHeaders_SendsOneCommaJoinedHeader()
    {
        await using var okta = await EmulatorHarness.StartAsync(new OktaEmulatorSeed { Customers = 50 });
        using var client = okta.Client();
        okta.Faults.CombineLinkHeaders = true;

        var response = await client.GetAsync("/api/v1/users?limit=10");

        var link = response.Headers.GetValues("Link").Should().ContainSingle().Subject;
        link.Should().Contain("rel=\"self\", <").And.EndWith("rel=\"next\"");
        EmulatorHarness.NextLink(response).Should().Contain("after=");
    }

    [Fact]
    public async Task List_NextLinkBaseUrl_NamesTheOtherHostInNextLinks()
    {
        await using var okta = await EmulatorHarness.StartAsync(new OktaEmulatorSeed { Customers = 50 });
        using var client = okta.Client();
        okta.Faults.NextLinkBaseUrl = new Uri("https://evil.example.net/");

        var response = await client.GetAsync("/api/v1/users?limit=10");

        EmulatorHarness.NextLink(response).Should().StartWith("https://evil.example.net/api/v1/users?limit=10&after=");
    }

    [Fact]
    public async Task Search_ManagedAttribute_FindsEveryManagedUserIncludingDeprovisionedAndLooseDecoys()
    {
        await using var okta = await EmulatorHarness.StartAsync(new OktaEmulatorSeed { ManagedUsers = 30, Customers = 2000, CustomerDecoyRatio = 0.2, OddTypedDecoys = true });
        using var client = okta.Client();
        var fixtures = okta.Org.Fixtures;

        var (items, _) = await client.GetAllPagesAsync(EmulatorHarness.Search(Managed) + "&limit=50");

        var ids = items.Select(u => u["id"]!.GetValue<string>()).ToList();
        ids.Should().Contain(okta.Org.ManagedUserIds()).And.Contain(fixtures["managed-deprovisioned"]);
        ids.Should().Contain([fixtures["customer-string-true"], fixtures["customer-array-true"], fixtures["customer-duplicate-true-last"]], "search matches loosely, like a text index");
        ids.Should().NotContain([fixtures["customer-number-one"], fixtures["customer-null"], fixtures["customer-false"], fixtures["customer-nested-true"]]);
        items.Where(u => u["profile"]!["userType"]?.GetValue<string>() == "Customer" && u["profile"]!["login"]!.GetValue<string>().Contains('@'))
            .Should().Contain(u => u["profile"]!["opal_okta_ciam_managed"]!.ToJsonString() == "\"true\"", "generated customers with the string \"true\" are found too");
        ids.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Search_ManagedAttributeWithSchemaTypedDecoys_HitsGrowWithManagedUsersOnly()
    {
        await using var okta = await EmulatorHarness.StartAsync(new OktaEmulatorSeed { ManagedUsers = 30, Customers = 5000, CustomerDecoyRatio = 0.3, IncludeEdgeCases = false });
        using var client = okta.Client();

        var (items, _) = await client.GetAllPagesAsync(EmulatorHarness.Search(Managed));

        items.Select(u => u["id"]!.GetValue<string>()).Should().BeEquivalentTo(okta.Org.ManagedUserIds());
    }

    [Fact]
    public async Task Search_StaleIndex_StillReturnsAUserWhoseProfileNoLongerSaysManaged()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var user = okta.Org.ManagedUserIds()[2];

        okta.Org.FreezeSearchIndex(user);
        okta.Org.SetUserProfileValue(user, "opal_okta_ciam_managed", false);
        var (_, searched) = await client.GetJsonAsync(EmulatorHarness.Search($"id eq \"{user}\" and {Managed}"));
        var (_, current) = await client.GetJsonAsync("/api/v1/users/" + user);
        var (_, filtered) = await client.GetJsonAsync("/api/v1/users?filter=" + Uri.EscapeDataString($"id eq \"{user}\""));
        okta.Org.RefreshSearchIndex(user);
        var (_, refreshed) = await client.GetJsonAsync(EmulatorHarness.Search($"id eq \"{user}\" and {Managed}"));

        searched!.AsArray().Should().ContainSingle().Which!["profile"]!["opal_okta_ciam_managed"]!.GetValue<bool>().Should().BeTrue("the index body is stale too");
        current!["profile"]!["opal_okta_ciam_managed"]!.GetValue<bool>().Should().BeFalse();
        filtered!.AsArray().Single()!["profile"]!["opal_okta_ciam_managed"]!.GetValue<bool>().Should().BeFalse();
        refreshed!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Search_StaleIndex_MissesAUserWhoBecameManaged()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var customer = okta.Org.Fixtures["customer-false"];

        okta.Org.FreezeSearchIndex(customer);
        okta.Org.SetUserProfileValue(customer, "opal_okta_ciam_managed", true);
        var (items, _) = await client.GetAllPagesAsync(EmulatorHarness.Search(Managed));
        var (_, current) = await client.GetJsonAsync("/api/v1/users/" + customer);

        items.Select(u => u["id"]!.GetValue<string>()).Should().NotContain(customer);
        current!["profile"]!["opal_okta_ciam_managed"]!.GetValue<bool>().Should().BeTrue();
        okta.Org.ManagedUserIds().Should().Contain(customer);
    }

    [Fact]
    public async Task Search_StaleIndexAfterALoginChange_StillFindsTheOldLogin()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var user = okta.Org.FindUser(okta.Org.ManagedUserIds()[1])!;

        okta.Org.FreezeSearchIndex(user.Id);
        okta.Org.SetUserProfileValue(user.Id, "login", "renamed@corp.example.com");
        var (_, byOldLogin) = await client.GetJsonAsync(EmulatorHarness.Search($"profile.login eq \"{user.Login}\""));
        var (_, byNewLogin) = await client.GetJsonAsync(EmulatorHarness.Search("profile.login eq \"renamed@corp.example.com\""));
        var (_, filtered) = await client.GetJsonAsync("/api/v1/users?filter=" + Uri.EscapeDataString("profile.login eq \"renamed@corp.example.com\""));

        byOldLogin!.AsArray().Single()!["id"]!.GetValue<string>().Should().Be(user.Id);
        byNewLogin!.AsArray().Should().BeEmpty();
        filtered!.AsArray().Single()!["id"]!.GetValue<string>().Should().Be(user.Id);
    }

    [Fact]
    public async Task Search_IndexLag_SeesNewUsersOnlyAfterTheLag()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2031, 5, 1, 0, 0, 0, TimeSpan.Zero));
        await using var okta = await EmulatorHarness.StartAsync(configure: o =>
        {
            o.TimeProvider = clock;
            o.SearchIndexLag = TimeSpan.FromSeconds(5);
        });
        using var client = okta.Client();
        var id = okta.Org.AddUser("new.admin@corp.example.com", managed: true);
        var search = EmulatorHarness.Search($"profile.login eq \"new.admin@corp.example.com\"");

        var (_, before) = await client.GetJsonAsync(search);
        var (byId, _) = await client.GetJsonAsync("/api/v1/users/" + id);
        clock.Advance(TimeSpan.FromSeconds(5));
        var (_, after) = await client.GetJsonAsync(search);

        before!.AsArray().Should().BeEmpty();
        byId.StatusCode.Should().Be(HttpStatusCode.OK);
        after!.AsArray().Should().ContainSingle();
    }

    [Fact]
    public async Task Search_Unavailable_Returns503E0000100WhilePlainListsWork()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        okta.Org.SearchAvailable = false;

        var (search, body) = await client.GetJsonAsync(EmulatorHarness.Search(Managed));
        var (plain, _) = await client.GetJsonAsync("/api/v1/users");

        search.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        body.ErrorCode().Should().Be("E0000100");
        plain.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("profile.department eq \"security\"", 1)]
    [InlineData("profile.department eq \"Security\" and profile.title sw \"Sec\"", 1)]
    [InlineData("(profile.department eq \"Security\" or profile.department eq \"Legal\") and status eq \"ACTIVE\"", 2)]
    [InlineData("profile.nickName pr", 1)]
    [InlineData("profile.loyaltyPoints ge 500 and profile.loyaltyPoints lt 600", 1)]
    [InlineData("profile.vip eq true", 1)]
    [InlineData("profile.tags eq \"beta\"", 1)]
    [InlineData("lastUpdated gt \"2000-01-01T00:00:00.000Z\" and profile.login sw \"grammar.\"", 3)]
    [InlineData("profile.firstName co \"ramm\"", 3)]
    [InlineData("profile.department EQ \"Security\" AND status Eq \"active\"", 1)]
    public async Task Search_Grammar_MatchesLikeOkta(string expression, int expected)
    {
        await using var okta = await EmulatorHarness.StartAsync(OktaEmulatorSeed.Empty);
        okta.Org.SetUserSchemaAttribute("vip", "boolean");
        okta.Org.SetUserSchemaAttribute("tags", "array");
        okta.Org.AddUser("grammar.one@corp.example.com", profile: new JsonObject { ["department"] = "Security", ["title"] = "Security Analyst", ["nickName"] = "Ace", ["vip"] = true });
        okta.Org.AddUser("grammar.two@corp.example.com", profile: new JsonObject { ["department"] = "Legal", ["loyaltyPoints"] = 512, ["tags"] = new JsonArray("alpha", "beta") });
        okta.Org.AddUser("grammar.three@corp.example.com", profile: new JsonObject { ["department"] = "Sales", ["vip"] = false });
        using var client = okta.Client();

        var (response, body) = await client.GetJsonAsync(EmulatorHarness.Search(expression));

        response.StatusCode.Should().Be(HttpStatusCode.OK, body?.ToJsonString());
        body!.AsArray().Count(u => u!["profile"]!["login"]!.GetValue<string>().StartsWith("grammar.", StringComparison.Ordinal)).Should().Be(expected);
    }

    [Theory]
    [InlineData("status ne \"ACTIVE\"")]
    [InlineData("profile.login ew \"example.com\"")]
    [InlineData("status eq ACTIVE")]
    [InlineData("profile.noSuchAttribute eq \"x\"")]
    [InlineData("profile.customerTier co \"gold\"")]
    [InlineData("not (status eq \"ACTIVE\")")]
    [InlineData("profile.department eq null")]
    [InlineData("(status eq \"ACTIVE\"")]
    [InlineData("status eq \"ACTIVE\" and")]
    [InlineData("lastUpdated gt \"yesterday\"")]
    [InlineData("passwordChanged gt \"2020-01-01T00:00:00.000Z\"")]
    [InlineData("status eq \"ACTIVE\" xor status eq \"STAGED\"")]
    [InlineData("PROFILE.department eq \"Security\"")]
    public async Task Search_WhatOktaRejects_Returns400E0000031(string expression)
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();

        var (response, body) = await client.GetJsonAsync(EmulatorHarness.Search(expression));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        body.ErrorCode().Should().Be("E0000031");
        body!["errorCauses"]!.AsArray().Should().ContainSingle();
    }

    [Theory]
    [InlineData("profile.opal_okta_ciam_managed eq true")]
    [InlineData("profile.customerTier eq \"gold\"")]
    [InlineData("status sw \"ACT\"")]
    [InlineData("profile.login pr")]
    [InlineData("status gt \"ACTIVE\"")]
    public async Task Filter_WhatOktaRejects_Returns400E0000031(string expression)
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();

        var (response, body) = await client.GetJsonAsync("/api/v1/users?filter=" + Uri.EscapeDataString(expression));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        body.ErrorCode().Should().Be("E0000031");
    }

    [Fact]
    public async Task Filter_StatusDeprovisioned_ReturnsDeprovisionedUsersExactly()
    {
        await using var okta = await EmulatorHarness.StartAsync(new OktaEmulatorSeed { ManagedUsers = 10, Customers = 300, DeprovisionedManagedUsers = 3 });
        using var client = okta.Client();

        var (items, _) = await client.GetAllPagesAsync("/api/v1/users?filter=" + Uri.EscapeDataString("status eq \"DEPROVISIONED\""));
        var (lower, _) = await client.GetAllPagesAsync("/api/v1/users?filter=" + Uri.EscapeDataString("status eq \"deprovisioned\""));

        items.Select(u => u["id"]!.GetValue<string>()).Should().BeEquivalentTo(okta.Org.EnumerateUsers().Where(u => u.Status == "DEPROVISIONED").Select(u => u.Id));
        items.Should().HaveCountGreaterThan(3);
        lower.Should().BeEmpty("filter values are case-sensitive");
    }

    [Fact]
    public async Task Get_ByIdOrUrlEncodedLogin_ReturnsTheCurrentUser()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var special = okta.Org.FindUser(okta.Org.Fixtures["managed-special-login"])!;
        var customer = okta.Org.EnumerateUsers().First(u => !u.IsManaged && u.Login.EndsWith(".com", StringComparison.Ordinal));

        var (byId, idBody) = await client.GetJsonAsync("/api/v1/users/" + special.Id);
        var (byLogin, loginBody) = await client.GetJsonAsync("/api/v1/users/" + Uri.EscapeDataString(special.Login));
        var (byUpperLogin, _) = await client.GetJsonAsync("/api/v1/users/" + Uri.EscapeDataString(special.Login.ToUpperInvariant()));
        var (byCustomerLogin, customerBody) = await client.GetJsonAsync("/api/v1/users/" + Uri.EscapeDataString(customer.Login));

        special.Login.Should().Contain("#").And.Contain("/").And.Contain("+").And.Contain("ë");
        byId.StatusCode.Should().Be(HttpStatusCode.OK);
        idBody!["profile"]!["login"]!.GetValue<string>().Should().Be(special.Login);
        byLogin.StatusCode.Should().Be(HttpStatusCode.OK);
        loginBody!["id"]!.GetValue<string>().Should().Be(special.Id);
        byUpperLogin.StatusCode.Should().Be(HttpStatusCode.OK, "logins are case-insensitive");
        byCustomerLogin.StatusCode.Should().Be(HttpStatusCode.OK);
        customerBody!["id"]!.GetValue<string>().Should().Be(customer.Id);
    }

    [Fact]
    public async Task Get_UnknownUser_Returns404E0000007()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();

        var (response, body) = await client.GetJsonAsync("/api/v1/users/00u0000000000000000X");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        body.ErrorCode().Should().Be("E0000007");
        body!["errorSummary"]!.GetValue<string>().Should().Be("Not found: Resource not found: 00u0000000000000000X (User)");
    }

    [Fact]
    public async Task Get_User_HasOktaShape()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();

        var (_, user) = await client.GetJsonAsync("/api/v1/users/" + okta.Org.TokenOwnerId);

        user!.AsObject().Select(p => p.Key).Should().StartWith(["id", "status", "created", "activated", "statusChanged", "lastLogin", "lastUpdated", "passwordChanged", "type", "profile", "credentials", "_links"]);
        user["id"]!.GetValue<string>().Should().MatchRegex("^00u[0-9A-Za-z]{17}$");
        user["type"]!["id"]!.GetValue<string>().Should().StartWith("oty");
        user["created"]!.GetValue<string>().Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$");
        user["profile"]!.AsObject().Count.Should().BeInRange(15, 30);
        user["credentials"]!["provider"]!["type"]!.GetValue<string>().Should().Be("OKTA");
        user["_links"]!["self"]!["href"]!.GetValue<string>().Should().Be($"{okta.BaseUrl}api/v1/users/{okta.Org.TokenOwnerId}");
    }

    [Fact]
    public async Task List_Users_CarryOnlyTheSelfLinkWhileGetCarriesLifecycleLinks()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();

        var (_, list) = await client.GetJsonAsync("/api/v1/users?limit=5");
        var (_, single) = await client.GetJsonAsync("/api/v1/users/" + okta.Org.TokenOwnerId);

        list!.AsArray().Should().OnlyContain(u => u!["_links"]!.AsObject().Count == 1 && u["_links"]!["self"] != null);
        single!["_links"]!.AsObject().Select(p => p.Key).Should().Contain(["self", "type", "schema", "suspend", "deactivate", "resetPassword", "changePassword"]);
    }

    [Fact]
    public async Task Get_OktaResponseOmissions_DropCredentialsAndTheirLinks()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var url = "/api/v1/users/" + okta.Org.TokenOwnerId;

        var omitted = await SendWithHeaderAsync(client, url, "omitCredentials,omitCredentialsLinks,omitTransitioningToStatus");
        var (_, full) = await client.GetJsonAsync(url);
        var list = await SendWithHeaderAsync(client, "/api/v1/users?limit=5", "omitCredentials,omitCredentialsLinks,omitTransitioningToStatus");

        omitted["credentials"].Should().BeNull();
        omitted["_links"]!["resetPassword"].Should().BeNull();
        omitted["_links"]!["deactivate"].Should().NotBeNull();
        full!["credentials"].Should().NotBeNull();
        full["_links"]!["resetPassword"].Should().NotBeNull();
        list.AsArray().Should().OnlyContain(u => u!["credentials"] == null);
    }

    [Fact]
    public async Task Get_OktaResponseInContentType_IsHonouredToo()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/users/" + okta.Org.TokenOwnerId) { Content = new ByteArrayContent([]) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; okta-response=omitCredentials");

        var response = await client.SendAsync(request);
        var user = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        user["credentials"].Should().BeNull();
        user["_links"]!["resetPassword"].Should().NotBeNull();
    }

    private static async Task<JsonNode> SendWithHeaderAsync(HttpClient client, string url, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("okta-response", value);
        var response = await client.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task Me_WithApiToken_ReturnsTheTokenOwner()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();

        var (response, body) = await client.GetJsonAsync("/api/v1/users/me");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body!["id"]!.GetValue<string>().Should().Be(okta.Org.TokenOwnerId);
    }

    [Fact]
    public async Task Groups_OfAUser_ListsEveryoneAndItsGroups()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var owner = okta.Org.TokenOwnerId;

        var (_, body) = await client.GetJsonAsync($"/api/v1/users/{owner}/groups");

        body!.AsArray().Select(g => g!["id"]!.GetValue<string>()).Should().BeEquivalentTo(okta.Org.GetUserGroupIds(owner))
            .And.Contain(okta.Org.Fixtures["everyone"]);
    }

    [Fact]
    public async Task Deactivate_ActiveUser_Returns200ThenRepeatIs404()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var user = okta.Org.ManagedUserIds()[3];

        var (first, firstBody) = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/users/{user}/lifecycle/deactivate?sendEmail=false");
        var (second, secondBody) = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/users/{user}/lifecycle/deactivate?sendEmail=false");

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        firstBody!.ToJsonString().Should().Be("{}");
        okta.Org.FindUser(user)!.Status.Should().Be("DEPROVISIONED");
        second.StatusCode.Should().Be(HttpStatusCode.NotFound);
        secondBody.ErrorCode().Should().Be("E0000007");
        okta.Org.SystemLogEventTypes().Should().Contain("user.lifecycle.deactivate");
    }

    [Fact]
    public async Task Delete_IsTwoStep_FirstDeactivatesThenDeletes()
    {
        await using var okta = await OktaEmulator.StartAsync();
        using var client = okta.Client();
        var user = okta.Org.ManagedUserIds()[4];
        okta.Org.GetUserGroupIds(user).Should().HaveCountGreaterThan(1);

        var (first, _) = await client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/users/{user}");
        var afterFirst = okta.Org.FindUser(user);
        var (second, _) = await client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/users/{user}");
        var (get, _) = await client.GetJsonAsync($"/api/v1/users/{user}");
        var (third, _) = await client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/users/{user}");

        first.StatusCode.Should().Be(HttpStatusCode.NoContent);
        afterFirst!.Status.Should().Be("DEPROVISIONED");
        second.StatusCode.Should().Be(HttpStatusCode.NoContent);
        get.StatusCode.Should().Be(HttpStatusCode.NotFound);
        third.StatusCode.Should().Be(HttpStatusCode.NotFound);
        okta.Org.FindUser(user).Should().BeNull();
        okta.Org.ListGroups().Where(g => g.Type != "BUILT_IN").Should().OnlyContain(g => !okta.Org.GetGroupMemberIds(g.Id).Contains(user));
        okta.Org.SystemLogEventTypes().Should().ContainInOrder("user.lifecycle.deactivate", "user.lifecycle.delete.completed");
    }

    [Fact]
    public async Task Query_Q_MatchesNamePrefixesWithoutPaging()
    {
        await using var okta = await EmulatorHarness.StartAsync(OktaEmulatorSeed.Empty);
        for (var i = 0; i < 12; i++)
        {
            okta.Org.AddUser($"quentin.q{i}@example.com");
        }

        using var client = okta.Client();

        var response = await client.GetAsync("/api/v1/users?q=quent");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();

        body.Should().HaveCount(10, "q defaults to 10 results");
        EmulatorHarness.NextLink(response).Should().BeNull("q is not pageable");
    }
}
