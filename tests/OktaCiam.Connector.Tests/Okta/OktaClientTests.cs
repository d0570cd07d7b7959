using System.Net;
using System.Text;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Tests.Okta;

public sealed class OktaClientTests
{
    private const string Org = OktaClientHarness.OrgUrl;

    [Fact]
    public async Task GetPagesAsync_ManyLinkedPages_ReadsEveryPageInOrder()
    {
        await using var harness = OktaClientHarness.Create(request =>
        {
            var page = request.Uri.Query.Contains("after=", StringComparison.Ordinal) ? int.Parse(request.Uri.Query.Split("after=")[1].Split('&')[0]) : 0;
            var response = OktaResponses.Json(OktaResponses.Users($"00u{page}a", $"00u{page}b"));
            return page < 24 ? response.WithNext($"{Org}/api/v1/users?limit=2&after={page + 1}") : response;
        });

        var ids = new List<string>();
        await foreach (var page in harness.Client.GetPagesAsync("/api/v1/users?limit=2", OktaJsonReaders.Users))
        {
            ids.AddRange(page.Items.Select(u => u.Id!));
        }

        ids.Should().HaveCount(50).And.StartWith(["00u0a", "00u0b", "00u1a"]).And.EndWith("00u24b");
        harness.Stub.Requests.Should().HaveCount(25);
        harness.Stats.RequestsSent.Should().Be(25);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task GetPageAsync_LinkHeadersSeparateOrCommaJoined_FindsNext(bool separate)
    {
        await using var harness = OktaClientHarness.Create(_ =>
        {
            var response = OktaResponses.Json("[]");
            var self = $"<{Org}/api/v1/users?limit=200>; rel=\"self\"";
            var next = $"<{Org}/api/v1/users?after=00uXYZ&limit=200>; rel=\"next\"";
            if (separate)
            {
                response.Headers.TryAddWithoutValidation("Link", self);
                response.Headers.TryAddWithoutValidation("Link", next);
            }
            else
            {
                response.Headers.TryAddWithoutValidation("Link", $"{self}, {next}");
            }

            return response;
        });

        var page = await harness.Client.GetPageAsync("/api/v1/users?limit=200", OktaJsonReaders.Users);

        page.NextPathAndQuery.Should().Be("/api/v1/users?after=00uXYZ&limit=200");
    }

    [Theory]
    [InlineData("https://evil.example.net/api/v1/users?after=2")]
    [InlineData("https://acme-admin.okta.com/api/v1/users?after=2")]
    [InlineData("http://acme.okta.com:8443/api/v1/users?after=2")]
    [InlineData("/api/v1/users?after=2")]
    public async Task GetPagesAsync_NextLinkNamingAnotherHost_IsFollowedOnTheOrgHostOnly(string next)
    {
        await using var harness = OktaClientHarness.Create(request =>
            request.Uri.Query.Contains("after=2", StringComparison.Ordinal)
                ? OktaResponses.Json(OktaResponses.Users("00u2"))
                : OktaResponses.Json(OktaResponses.Users("00u1")).WithNext(next));

        var users = await ToListAsync(harness.Client.GetAllAsync("/api/v1/users", OktaJsonReaders.Users));

        users.Select(u => u.Id).Should().Equal("00u1", "00u2");
        harness.Stub.Requests.Should().OnlyContain(r => r.Uri.GetLeftPart(UriPartial.Authority) == Org);
        harness.Stub.Requests[1].PathAndQuery.Should().Be("/api/v1/users?after=2");
    }

    [Theory]
    [InlineData("https://acme.okta.com/api/v1/users/00u1/lifecycle/deactivate")]
    [InlineData("https://acme.okta.com/api/v1/groups?after=2")]
    [InlineData("//evil.example.net/api/v1/users?after=2")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/api/v1/users/../groups?after=2")]
    public async Task GetPageAsync_NextLinkLeavingTheEndpoint_ThrowsProtocolErrorInsteadOfEndingTheList(string next)
    {
        await using var harness = OktaClientHarness.Create(_ => OktaResponses.Json(OktaResponses.Users("00u1")).WithNext(next));

        var act = () => harness.Client.GetPageAsync("/api/v1/users", OktaJsonReaders.Users);

        (await act.Should().ThrowAsync<ConnectorProtocolException>()).Which.RequestId.Should().Be("reqAbc123");
    }

    [Fact]
    public async Task GetPagesAsync_CursorThatDoesNotAdvance_ThrowsProtocolError()
    {
        await using var harness = OktaClientHarness.Create(_ => OktaResponses.Json(OktaResponses.Users("00u1")).WithNext($"{Org}/api/v1/users?after=same"));

        var act = () => ToListAsync(harness.Client.GetAllAsync("/api/v1/users", OktaJsonReaders.Users));

        await act.Should().ThrowAsync<ConnectorProtocolException>().WithMessage("*already read*");
        harness.Stub.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task ListCustomRolesAsync_BodyLinksOnTheAdminHost_ReadsEveryPageFromTheOrgHost()
    {
        await using var harness = OktaClientHarness.Create(request => request.Uri.Query switch
        {
            "" => OktaResponses.Json("""{"roles":[{"id":"cr01","label":"A"}],"_links":{"next":{"href":"https://acme-admin.okta.com/api/v1/iam/roles?after=cr01"}}}"""),
            "?after=cr01" => OktaResponses.Json("""{"roles":[{"id":"cr02","label":"B"}],"_links":{"next":{"href":"https://{yourOktaDomain}/api/v1/iam/roles?after=cr02"}}}"""),
            _ => OktaResponses.Json("""{"roles":[{"id":"cr03","label":"C"}],"_links":{"self":{"href":"x"}}}"""),
        });

        var roles = await ToListAsync(harness.Client.ListCustomRolesAsync());

        roles.Select(r => r.Id).Should().Equal("cr01", "cr02", "cr03");
        harness.Stub.Requests.Select(r => r.Uri.ToString()).Should().Equal(
            $"{Org}/api/v1/iam/roles", $"{Org}/api/v1/iam/roles?after=cr01", $"{Org}/api/v1/iam/roles?after=cr02");
    }

    [Fact]
    public async Task ListResourceSetsAndAssignees_BodyLinks_FollowEveryPage()
    {
        await using var harness = OktaClientHarness.Create(request => (request.Uri.AbsolutePath, request.Uri.Query) switch
        {
            ("/api/v1/iam/resource-sets", "") => OktaResponses.Json("""{"resource-sets":[{"id":"iam1"}],"_links":{"next":{"href":"/api/v1/iam/resource-sets?after=iam1"}}}"""),
            ("/api/v1/iam/resource-sets", _) => OktaResponses.Json("""{"resource-sets":[{"id":"iam2"}],"_links":{}}"""),
            ("/api/v1/iam/assignees/users", "") => OktaResponses.Json("""{"value":[{"id":"00u1","orn":"orn:okta:x"}],"_links":{"next":{"href":"http://your-subdomain.okta.com/api/v1/iam/assignees/users?after=00u1&limit=1"}}}"""),
            _ => OktaResponses.Json("""{"value":[{"id":"00u2"}]}"""),
        });

        var sets = await ToListAsync(harness.Client.ListResourceSetsAsync());
        var assignees = await ToListAsync(harness.Client.ListRoleAssigneesAsync());

        sets.Select(s => s.Id).Should().Equal("iam1", "iam2");
        assignees.Select(a => a.Id).Should().Equal("00u1", "00u2");
        harness.Stub.Requests[3].Uri.ToString().Should().Be($"{Org}/api/v1/iam/assignees/users?after=00u1&limit=1");
    }

    [Fact]
    public async Task ListUsersAsync_Request_CarriesOktaHeadersAndAnEscapedQuery()
    {
        await using var harness = OktaClientHarness.Create(_ => OktaResponses.Json("[]"));

        await harness.Client.ListUsersAsync(new OktaUserQuery { Search = "profile.opal_okta_ciam_managed eq true" }, OktaJsonReaders.Users);

        var request = harness.Stub.Requests.Single();
        request.Uri.PathAndQuery.Should().Be("/api/v1/users?search=profile.opal_okta_ciam_managed%20eq%20true&limit=200");
        request.Authorization!.ToString().Should().Be($"SSWS {OktaClientHarness.ApiToken}");
        request.Accept.Should().Be("application/json");
        request.UserAgent.Should().StartWith("okta-ciam-connector/");
        request.ContentType.Should().Be("application/json; okta-response=omitCredentials,omitCredentialsLinks,omitTransitioningToStatus");
    }

    [Fact]
    public async Task ListGroupMembersAsync_Request_AsksForPagesOf200WithoutTheUserContentType()
    {
        await using var harness = OktaClientHarness.Create(_ => OktaResponses.Json("[]"));

        await harness.Client.ListGroupMembersAsync("00g1", OktaJsonReaders.Users);

        var request = harness.Stub.Requests.Single();
        request.PathAndQuery.Should().Be("/api/v1/groups/00g1/users?limit=200");
        request.ContentType.Should().BeNull();
    }

    [Theory]
    [InlineData("a#b/c+d@example.com", "/api/v1/users/a%23b%2Fc%2Bd%40example.com")]
    [InlineData("isaac.brock@example.com", "/api/v1/users/isaac.brock%40example.com")]
    [InlineData("名前 ü@example.com", "/api/v1/users/%E5%90%8D%E5%89%8D%20%C3%BC%40example.com")]
    public async Task GetUserAsync_LoginWithReservedCharacters_IsSentAsOneEscapedSegment(string login, string expectedPath)
    {
        await using var harness = OktaClientHarness.Create(_ => OktaResponses.Json("""{"id":"00u1","profile":{"login":"x"}}"""));

        var user = await harness.Client.GetUserAsync(login);

        user!.Id.Should().Be("00u1");
        harness.Stub.Requests.Single().Uri.AbsolutePath.Should().Be(expectedPath);
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData(" ")]
    public async Task GetUserAsync_DotOrBlankId_IsRefused(string id)
    {
        await using var harness = OktaClientHarness.Create(_ => OktaResponses.Json("{}"));

        var act = () => harness.Client.GetUserAsync(id);

        await act.Should().ThrowAsync<ArgumentException>();
        harness.Stub.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("https://evil.example.net/api/v1/users")]
    [InlineData("//evil.example.net/api/v1/users")]
    [InlineData("/\\evil.example.net/api/v1/users")]
    [InlineData("/api/v1/users/%2e%2e/%2e%2e/oauth2")]
    [InlineData("/oauth2/v1/token")]
    public async Task GetPageAsync_PathOffTheApi_IsRefusedBeforeSending(string path)
    {
        await using var harness = OktaClientHarness.Create(_ => OktaResponses.Json("[]"));

        var act = () => harness.Client.GetPageAsync(path, OktaJsonReaders.Users);

        await act.Should().ThrowAsync<ArgumentException>();
        harness.Stub.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task GetUserAsync_NotFound_ReturnsNull()
    {
        await using var harness = OktaClientHarness.Create(_ => OktaResponses.Error(HttpStatusCode.NotFound, "E0000007"));

        (await harness.Client.GetUserAsync("00uMissing")).Should().BeNull();
    }

    [Fact]
    public async Task GetAsync_ObjectReader_ReceivesTheRawBody()
    {
        await using var harness = OktaClientHarness.Create(_ => OktaResponses.Json("""{"id":"00u1","profile":{"opal_okta_ciam_managed":true}}"""));
        string? seen = null;

        var result = await harness.Client.GetUserAsync("00u1", async (body, ct) =>
        {
            using var reader = new StreamReader(body);
            seen = await reader.ReadToEndAsync(ct);
            return "kept";
        });

        result.Should().Be("kept");
        seen.Should().Contain("opal_okta_ciam_managed");
    }

    [Fact]
    public async Task Writes_WithoutBody_SendContentLengthZeroAndTheRightMethods()
    {
        await using var harness = OktaClientHarness.Create(request => request.Method == HttpMethod.Post
            ? OktaResponses.Json("{}")
            : OktaResponses.NoContent());

        await harness.Client.AddGroupMemberAsync("00g1", "00u1");
        await harness.Client.RemoveGroupMemberAsync("00g1", "00u1");
        await harness.Client.DeactivateUserAsync("00u1");
        await harness.Client.DeleteUserAsync("00u1");

        // DELETE user carries an empty body: it keeps SocketsHttpHandler from resending a request that must not repeat.
        harness.Stub.Requests.Select(r => $"{r.Method} {r.PathAndQuery} {r.ContentLength}").Should().Equal(
            "PUT /api/v1/groups/00g1/users/00u1 0",
            "DELETE /api/v1/groups/00g1/users/00u1 ",
            "POST /api/v1/users/00u1/lifecycle/deactivate?sendEmail=false 0",
            "DELETE /api/v1/users/00u1?sendEmail=false 0");
    }

    [Fact]
    public async Task AssignUserRoleAsync_Custom_PostsTheAssignmentAndReturnsIt()
    {
        await using var harness = OktaClientHarness.Create(_ => OktaResponses.Json(
            """{"id":"irb1","type":"CUSTOM","role":"cr0A","resource-set":"iamB","assignmentType":"USER","status":"ACTIVE"}""", HttpStatusCode.Created));

        var result = await harness.Client.AssignUserRoleAsync("00u1", OktaRoleAssignmentRequest.Custom("cr0A", "iamB"));

        result.AlreadyAssigned.Should().BeFalse();
        result.Assignment!.Id.Should().Be("irb1");
        result.Assignment.ResourceSet.Should().Be("iamB");
        var request = harness.Stub.Requests.Single();
        request.Body.Should().Be("""{"type":"CUSTOM","role":"cr0A","resource-set":"iamB"}""");
        request.ContentType.Should().StartWith("application/json");
    }

    [Theory]
    [InlineData("E0000090")]
    [InlineData("E0000263")]
    public async Task AssignUserRoleAsync_AlreadyAssigned_IsAnOutcomeNotAnError(string code)
    {
        await using var harness = OktaClientHarness.Create(_ => OktaResponses.Error(HttpStatusCode.Conflict, code));

        var result = await harness.Client.AssignGroupRoleAsync("00g1", OktaRoleAssignmentRequest.Standard("HELP_DESK_ADMIN"));

        result.Should().Be(new OktaRoleAssignResult(AlreadyAssigned: true, null));
        harness.Stub.Requests.Single().Body.Should().Be("""{"type":"HELP_DESK_ADMIN"}""");
    }

    [Fact]
    public async Task AssignUserRoleAsync_ConflictOfAnotherKind_Throws()
    {
        await using var harness = OktaClientHarness.Create(_ => OktaResponses.Error(HttpStatusCode.Conflict, "E0000195"));

        var act = () => harness.Client.AssignUserRoleAsync("00u1", OktaRoleAssignmentRequest.Standard("ORG_ADMIN"));

        (await act.Should().ThrowAsync<ConnectorRejectedException>()).Which.ErrorCode.Should().Be("E0000195");
    }

    [Fact]
    public async Task UnassignUserRoleAsync_AnswersForPresentAndAbsentAssignments()
    {
        await using var harness = OktaClientHarness.Create(request => request.Uri.AbsolutePath.EndsWith("/gone", StringComparison.Ordinal)
            ? OktaResponses.Error(HttpStatusCode.NotFound, "E0000007")
            : OktaResponses.NoContent());

        (await harness.Client.UnassignUserRoleAsync("00u1", "ra1")).Should().BeTrue();
        (await harness.Client.UnassignGroupRoleAsync("00g1", "gone")).Should().BeFalse();
    }

    [Fact]
    public async Task ListUserRolesAsync_GroupInheritedAssignment_KeepsTypesAsStrings()
    {
        await using var harness = OktaClientHarness.Create(_ => OktaResponses.Json(
            """[{"id":"ra1","type":"BRAND_NEW_ADMIN","status":"ACTIVE","assignmentType":"GROUP"}]"""));

        var roles = await harness.Client.ListUserRolesAsync("00u1");

        roles.Single().Type.Should().Be("BRAND_NEW_ADMIN");
        roles.Single().AssignmentType.Should().Be("GROUP");
    }

    public static TheoryData<string, Func<HttpResponseMessage>> MalformedBodies => new()
    {
        { "cut off mid-body", () => OktaResponses.CutOff("""[{"id":"00u1","profile":{"login":"a@exa""") },
        { "truncated JSON", () => OktaResponses.Json("""[{"id":"00u1","profile":{"login":"a@exa""") },
        { "HTML", () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html>maintenance</html>", Encoding.UTF8, "text/html") } },
        { "null", () => OktaResponses.Json("null") },
        { "object instead of array", () => OktaResponses.Json("""{"id":"00u1"}""") },
        { "empty", () => OktaResponses.Json(string.Empty) },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task GetPageAsync_MalformedOrTruncatedBody_ThrowsProtocolErrorNotAnEmptyList(string kind, Func<HttpResponseMessage> respond)
    {
        await using var harness = OktaClientHarness.Create(_ => respond());

        var act = () => harness.Client.GetPageAsync("/api/v1/users", OktaJsonReaders.Users);

        var error = (await act.Should().ThrowAsync<ConnectorProtocolException>(kind)).Which;
        error.StatusCode.Should().Be(200);
        error.Message.Should().NotContain("a@exa").And.NotContain("maintenance");
    }

    [Fact]
    public async Task AnyCall_InvalidApiToken_ThrowsUnauthenticatedWithoutTheTokenAndWithoutRetrying()
    {
        await using var harness = OktaClientHarness.Create(_ => OktaResponses.Error(HttpStatusCode.Unauthorized, "E0000011", "Invalid token provided"));

        var act = () => harness.Client.GetPageAsync("/api/v1/users", OktaJsonReaders.Users);

        var error = (await act.Should().ThrowAsync<ConnectorUnauthenticatedException>()).Which;
        error.Message.Should().NotContain(OktaClientHarness.ApiToken).And.Contain("ApiToken").And.Contain("reqErr456");
        error.ErrorCode.Should().Be("E0000011");
        error.ErrorId.Should().Be("oaeErr789");
        error.StatusCode.Should().Be(401);
        error.RequestId.Should().Be("reqErr456");
        error.ToString().Should().NotContain(OktaClientHarness.ApiToken);
        harness.Stub.Requests.Should().ContainSingle();
        harness.Logs.GetSnapshot().Should().NotContain(r => r.Message.Contains(OktaClientHarness.ApiToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnyCall_RateLimited_WaitsUntilResetByTheServerClockThenRetries()
    {
        var t0 = new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);

        // The server's clock runs an hour behind ours: the wait must come from Reset − Date, not from our clock.
        var serverDate = t0.AddHours(-1);
        await using var harness = OktaClientHarness.Create(request => request.Number == 1
            ? OktaResponses.Error(HttpStatusCode.TooManyRequests, "E0000047").WithRateLimit(600, 0, serverDate.AddSeconds(10), serverDate)
            : OktaResponses.Json(OktaResponses.Users("00u1")));

        var page = await harness.RunAsync(harness.Client.GetPageAsync("/api/v1/users", OktaJsonReaders.Users));

        page.Items.Should().ContainSingle();
        var requests = harness.Stub.Requests;
        requests.Should().HaveCount(2);
        var waited = requests[1].At - requests[0].At;
        waited.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(11)).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(12.25));
        harness.Stats.RateLimited.Should().Be(1);
        harness.Stats.RequestsSent.Should().Be(2);
    }

    [Fact]
    public async Task AnyCall_RateLimitedLongerThanMaxRetryDelay_FailsFastWithTheWait()
    {
        var now = new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);
        await using var harness = OktaClientHarness.Create(
            _ => OktaResponses.Error(HttpStatusCode.TooManyRequests, "E0000047").WithRateLimit(50, 0, now.AddSeconds(300), now),
            o => o.Http.MaxRetryDelay = TimeSpan.FromSeconds(60));

        var act = () => harness.Client.GetUserAsync("00u1");

        var error = (await act.Should().ThrowAsync<ConnectorRateLimitedException>()).Which;
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(301));
        error.ErrorCode.Should().Be("E0000047");
        harness.Stub.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task AnyCall_RateLimitedOnEveryAttempt_GivesUpAfterMaxRetryAttempts()
    {
        await using var harness = OktaClientHarness.Create(
            request => OktaResponses.Error(HttpStatusCode.TooManyRequests, "E0000047").WithRateLimit(50, 0, request.At.AddSeconds(2), request.At),
            o => o.Http.MaxRetryAttempts = 2);

        var act = () => harness.RunAsync(harness.Client.GetUserAsync("00u1"));

        await act.Should().ThrowAsync<ConnectorRateLimitedException>();
        harness.Stub.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task Get_ServerErrors_AreRetriedWithBackoff()
    {
        await using var harness = OktaClientHarness.Create(request => request.Number switch
        {
            1 => OktaResponses.Error(HttpStatusCode.ServiceUnavailable, "E0000009"),
            2 => OktaResponses.Error(HttpStatusCode.InternalServerError, "E0000009"),
            _ => OktaResponses.Json("""{"id":"00g1","type":"OKTA_GROUP","profile":{"name":"Admins"}}"""),
        });

        var group = await harness.RunAsync(harness.Client.GetGroupAsync("00g1"));

        group!.Name.Should().Be("Admins");
        harness.Stub.Requests.Should().HaveCount(3);
        harness.Stats.ServerErrors.Should().Be(2);
    }

    [Fact]
    public async Task DeleteUser_ServerError_IsNotRetried()
    {
        await using var harness = OktaClientHarness.Create(_ => OktaResponses.Error(HttpStatusCode.InternalServerError, "E0000009"));

        var act = () => harness.RunAsync(harness.Client.DeleteUserAsync("00u1"));

        (await act.Should().ThrowAsync<ConnectorTransientException>()).Which.StatusCode.Should().Be(500);
        harness.Stub.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Get_DroppedConnection_IsRetried()
    {
        await using var harness = OktaClientHarness.Create(request => request.Number == 1
            ? throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.")
            : OktaResponses.Json(OktaResponses.Users("00u1")));

        var page = await harness.RunAsync(harness.Client.GetPageAsync("/api/v1/users", OktaJsonReaders.Users));

        page.Items.Should().ContainSingle();
        harness.Stub.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task DeleteUser_DroppedConnection_IsNotRetried()
    {
        await using var harness = OktaClientHarness.Create(_ => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));

        var act = () => harness.RunAsync(harness.Client.DeleteUserAsync("00u1"));

        (await act.Should().ThrowAsync<ConnectorTransientException>()).Which.InnerException.Should().BeOfType<HttpRequestException>();
        harness.Stub.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task DeleteUser_ConnectionNeverEstablished_IsRetried()
    {
        await using var harness = OktaClientHarness.Create(request => request.Number == 1
            ? throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused")
            : OktaResponses.NoContent());

        await harness.RunAsync(harness.Client.DeleteUserAsync("00u1"));

        harness.Stub.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task RoleAssignAndDeactivate_ServerError_AreRetriedBecauseARepeatIsHarmless()
    {
        await using var harness = OktaClientHarness.Create(request => request.Number switch
        {
            1 or 3 => OktaResponses.Error(HttpStatusCode.BadGateway, "E0000009"),
            2 => OktaResponses.Error(HttpStatusCode.Conflict, "E0000090"),
            _ => OktaResponses.NoContent(),
        });

        var result = await harness.RunAsync(harness.Client.AssignUserRoleAsync("00u1", OktaRoleAssignmentRequest.Standard("ORG_ADMIN")));
        await harness.RunAsync(harness.Client.DeactivateUserAsync("00u1"));

        result.AlreadyAssigned.Should().BeTrue();
        harness.Stub.Requests.Should().HaveCount(4);
    }

    [Fact]
    public async Task AddGroupMember_ConcurrentChangeConflict_IsRetried()
    {
        await using var harness = OktaClientHarness.Create(request => request.Number == 1
            ? OktaResponses.Error(HttpStatusCode.Conflict, "E0000268")
            : OktaResponses.NoContent());

        await harness.RunAsync(harness.Client.AddGroupMemberAsync("00g1", "00u1"));

        harness.Stub.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Get_AttemptTimesOut_IsRetriedThenReportedAsTransient()
    {
        await using var harness = OktaClientHarness.Create(
            async (_, ct) =>
            {
                await Task.Delay(Timeout.Infinite, ct);
                return OktaResponses.NoContent();
            },
            o =>
            {
                o.Http.MaxRetryAttempts = 1;
                o.Http.RequestTimeout = TimeSpan.FromSeconds(5);
            });

        var act = () => harness.RunAsync(harness.Client.GetUserAsync("00u1"), TimeSpan.FromSeconds(1));

        (await act.Should().ThrowAsync<ConnectorTransientException>()).Which.Message.Should().Contain("RequestTimeout");
        harness.Stub.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task AnyCall_BucketDownToTheHeadroom_PausesUntilTheReset()
    {
        var now = new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);
        await using var harness = OktaClientHarness.Create(
            request => OktaResponses.Json(request.Uri.AbsolutePath == "/api/v1/users" ? OktaResponses.Users("00u1") : """{"id":"00u1"}""")
                .WithRateLimit(100, 10, now.AddSeconds(30), now),
            o => o.Http.RateLimitHeadroom = 0.1);

        await harness.Client.GetPageAsync("/api/v1/users", OktaJsonReaders.Users);
        await harness.RunAsync(harness.Client.GetPageAsync("/api/v1/users?after=x", OktaJsonReaders.Users));
        await harness.RunAsync(harness.Client.GetUserAsync("00u1"));

        var requests = harness.Stub.Requests;
        (requests[1].At - requests[0].At).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(30));
        (requests[2].At - requests[1].At).Should().Be(TimeSpan.Zero, "GET /users/{id} is another bucket");
        harness.Stats.RateLimitPauses.Should().Be(1);
    }

    [Fact]
    public async Task AnyCall_ManyAtOnce_NeverExceedsMaxConcurrentRequests()
    {
        var inFlight = 0;
        var maxInFlight = 0;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var harness = OktaClientHarness.Create(
            async (_, ct) =>
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref maxInFlight, now);
                await release.Task.WaitAsync(ct);
                Interlocked.Decrement(ref inFlight);
                return OktaResponses.Json("""{"id":"00u1"}""");
            },
            o => o.Http.MaxConcurrentRequests = 2);

        var calls = Enumerable.Range(0, 6).Select(i => harness.Client.GetUserAsync($"00u{i}")).ToArray();
        while (harness.Stub.Requests.Count < 2)
        {
            await Task.Delay(1);
        }

        await Task.Delay(20);
        harness.Stub.Requests.Should().HaveCount(2);
        release.SetResult();
        await Task.WhenAll(calls);

        maxInFlight.Should().Be(2);
        harness.Stub.Requests.Should().HaveCount(6);
    }

    [Fact]
    public async Task GetPagesAsync_CancelledBetweenPages_StopsWithoutAnotherRequest()
    {
        await using var harness = OktaClientHarness.Create(request => OktaResponses.Json(OktaResponses.Users("00u" + request.Number)).WithNext($"{Org}/api/v1/users?after={request.Number}"));
        using var cts = new CancellationTokenSource();

        var act = async () =>
        {
            await foreach (var page in harness.Client.GetPagesAsync("/api/v1/users", OktaJsonReaders.Users, cts.Token))
            {
                if (page.NextPathAndQuery!.EndsWith("=3", StringComparison.Ordinal))
                {
                    await cts.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        harness.Stub.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task GetPageAsync_CancelledWhileOktaIsSlow_StopsPromptly()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var harness = OktaClientHarness.Create(async (_, ct) =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
            return OktaResponses.Json("[]");
        });
        using var cts = new CancellationTokenSource();

        var call = harness.Client.GetPageAsync("/api/v1/users", OktaJsonReaders.Users, cts.Token);
        await started.Task;
        await cts.CancelAsync();

        await call.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>();
        harness.Stub.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task PollLogEventsAsync_CaughtUp_StopsAndLeavesTheCheckpoint()
    {
        await using var harness = OktaClientHarness.Create(request => request.Uri.Query.Contains("after=e2", StringComparison.Ordinal)
            ? OktaResponses.Json("[]").WithNext($"{Org}/api/v1/logs?after=e2&sortOrder=ASCENDING")
            : OktaResponses.Json("""[{"uuid":"e1","eventType":"group.user_membership.add","version":"0"},{"uuid":"e2","eventType":"user.lifecycle.deactivate","version":0}]""")
                .WithNext($"{Org}/api/v1/logs?after=e2&sortOrder=ASCENDING"));

        var pages = await ToListAsync(harness.Client.PollLogEventsAsync(new OktaLogQuery { Since = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) }.ToPathAndQuery()));

        pages.SelectMany(p => p.Items).Select(e => e.EventType).Should().Equal("group.user_membership.add", "user.lifecycle.deactivate");
        pages[^1].NextPathAndQuery.Should().Be("/api/v1/logs?after=e2&sortOrder=ASCENDING");
        harness.Stub.Requests[0].PathAndQuery.Should().Be("/api/v1/logs?since=2026-01-01T00%3A00%3A00.000Z&limit=1000&sortOrder=ASCENDING");
        harness.Stub.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task GetUserSchemaAsync_Example_FindsCustomAttributeAndItsType()
    {
        var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Okta", "getUserSchema.200.Response_with_a_subset_of_properties_for_brevity.json"));
        await using var harness = OktaClientHarness.Create(_ => OktaResponses.Json(json));

        var schema = await harness.Client.GetUserSchemaAsync();

        schema.FindCustomProperty("salesforceUserName")!.TypeName.Should().Be("string");
        schema.FindCustomProperty("opal_okta_ciam_managed").Should().BeNull();
        harness.Stub.Requests.Single().PathAndQuery.Should().Be("/api/v1/meta/schemas/user/default");
    }

    [Fact]
    public async Task Logs_AcrossFailuresAndPages_HoldNoTokenLoginOrBody()
    {
        await using var harness = OktaClientHarness.Create(request => request.Number switch
        {
            1 => OktaResponses.Error(HttpStatusCode.ServiceUnavailable, "E0000009", "customer carol@example.com"),
            2 => OktaResponses.Json(OktaResponses.Users("carol")).WithNext("https://acme-admin.okta.com/api/v1/users?after=carol%40example.com"),
            _ => OktaResponses.Json("""{"id":"00u1","profile":{"login":"carol@example.com"}}"""),
        });

        await harness.RunAsync(harness.Client.GetPageAsync("/api/v1/users?search=profile.email%20eq%20%22carol%40example.com%22", OktaJsonReaders.Users));
        await harness.Client.GetUserAsync("carol@example.com");

        var records = harness.Logs.GetSnapshot();
        records.Should().NotBeEmpty();
        records.Should().NotContain(r => r.Message.Contains("carol", StringComparison.OrdinalIgnoreCase)
            || r.Message.Contains(OktaClientHarness.ApiToken, StringComparison.Ordinal));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
