namespace OktaCiam.Connector.Tests.Okta;

public sealed class OktaEndpointTests
{
    [Theory]
    [InlineData("/api/v1/users", "/api/v1/users")]
    [InlineData("/api/v1/users?search=profile.email%20eq%20%22carol%40example.com%22", "/api/v1/users")]
    [InlineData("/api/v1/users/00u1abc", "/api/v1/users/{id}")]
    [InlineData("/api/v1/users/carol%40example.com", "/api/v1/users/{id}")]
    [InlineData("/api/v1/users/me", "/api/v1/users/me")]
    [InlineData("/api/v1/users/00u1/roles/ra1", "/api/v1/users/{id}/roles/{id}")]
    [InlineData("/api/v1/users/00u1/lifecycle/deactivate", "/api/v1/users/{id}/lifecycle/deactivate")]
    [InlineData("/api/v1/groups/00g1/users/00u1", "/api/v1/groups/{id}/users/{id}")]
    [InlineData("/api/v1/iam/resource-sets/iam1", "/api/v1/iam/resource-sets/{id}")]
    [InlineData("/api/v1/meta/schemas/user/default", "/api/v1/meta/schemas/user/default")]
    public void Template_Path_LeavesIdsLoginsAndQueriesOut(string path, string expected) =>
        OktaEndpoint.Template(path).Should().Be(expected);

    [Fact]
    public void Describe_Request_NamesMethodAndTemplate()
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, "https://acme.okta.com/api/v1/groups/00g1/users/00u2");

        OktaEndpoint.Describe(request).Should().Be("DELETE /api/v1/groups/{id}/users/{id}");
    }
}
