namespace OktaCiam.Connector.Tests.Reading;

public class OktaReadPathsTests
{
    private readonly OktaReadPaths _paths = new("opal_okta_ciam_managed");

    [Fact]
    public void First_SearchPhase_AsksForManagedUsers()
    {
        Uri.UnescapeDataString(_paths.First(OktaReadList.Users, OktaReadPhase.Search, 0, 200))
            .Should().Be("/api/v1/users?search=profile.opal_okta_ciam_managed eq true&limit=200");
    }

    [Theory]
    [InlineData("/api/v1/users?search=profile.opal_okta_ciam_managed%20eq%20true&limit=200&after=abc")]
    [InlineData("/api/v1/users?after=abc&limit=200&search=profile.opal_okta_ciam_managed+eq+true")]
    [InlineData("/api/v1/users?search=profile.opal_okta_ciam_managed%20eq%20true")]
    public void IsContinuation_OktasOwnNextLinks_AreAccepted(string path) =>
        _paths.IsContinuation(path, OktaReadList.Users, OktaReadPhase.Search, 0).Should().BeTrue();

    [Theory]
    [InlineData("/api/v1/users?search=profile.email%20sw%20%22a%22&after=abc")]
    [InlineData("/api/v1/users?search=profile.opal_okta_ciam_managed%20eq%20true&search=x")]
    [InlineData("/api/v1/users?search=profile.opal_okta_ciam_managed%20eq%20true&filter=status%20eq%20%22ACTIVE%22")]
    [InlineData("/api/v1/users?search=profile.opal_okta_ciam_managed%20eq%20true&q=ann")]
    [InlineData("/api/v1/users?search=profile.opal_okta_ciam_managed%20eq%20true&limit=5000")]
    [InlineData("/api/v1/groups?search=profile.opal_okta_ciam_managed%20eq%20true")]
    [InlineData("/api/v1/users/00u1/roles?search=profile.opal_okta_ciam_managed%20eq%20true")]
    [InlineData("/api/v1/users?after=abc")]
    public void IsContinuation_AnotherListOrQuery_IsRefused(string path) =>
        _paths.IsContinuation(path, OktaReadList.Users, OktaReadPhase.Search, 0).Should().BeFalse();

    [Fact]
    public void IsContinuation_RecentPhase_MustKeepItsBound()
    {
        var first = _paths.First(OktaReadList.Groups, OktaReadPhase.Recent, 1_767_613_500_000, 200);

        _paths.IsContinuation(first + "&after=x", OktaReadList.Groups, OktaReadPhase.Recent, 1_767_613_500_000).Should().BeTrue();
        _paths.IsContinuation(first + "&after=x", OktaReadList.Groups, OktaReadPhase.Recent, 1_000).Should().BeFalse();
        Uri.UnescapeDataString(first).Should().Be("/api/v1/groups?filter=lastUpdated gt \"2026-01-05T11:45:00.000Z\"&limit=200");
    }

    [Fact]
    public void IsMembersContinuation_OnlyForTheSameGroup()
    {
        OktaReadPaths.IsMembersContinuation("/api/v1/groups/00gA/users?limit=200&after=x", "00gA").Should().BeTrue();
        OktaReadPaths.IsMembersContinuation("/api/v1/groups/00gB/users?limit=200&after=x", "00gA").Should().BeFalse();
        OktaReadPaths.IsMembersContinuation("/api/v1/groups/00gA/users/../roles", "00gA").Should().BeFalse();
    }
}
