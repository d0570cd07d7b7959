using System.Text;
using OktaCiam.Connector.Abstractions;
using Polly.Timeout;

namespace OktaCiam.Connector.Tests.Okta;

public sealed class OktaErrorsTests
{
    [Theory]
    [InlineData(401, "E0000011", typeof(ConnectorUnauthenticatedException))]
    [InlineData(401, null, typeof(ConnectorUnauthenticatedException))]
    [InlineData(403, "E0000006", typeof(ConnectorPermissionDeniedException))]
    [InlineData(403, "E0000038", typeof(ConnectorRejectedException))]
    [InlineData(404, "E0000007", typeof(ConnectorNotFoundException))]
    [InlineData(409, "E0000090", typeof(ConnectorRejectedException))]
    [InlineData(409, "E0000268", typeof(ConnectorTransientException))]
    [InlineData(429, "E0000047", typeof(ConnectorRateLimitedException))]
    [InlineData(400, "E0000031", typeof(ConnectorRejectedException))]
    [InlineData(400, "E0000001", typeof(ConnectorRejectedException))]
    [InlineData(405, null, typeof(ConnectorRejectedException))]
    [InlineData(500, "E0000009", typeof(ConnectorTransientException))]
    [InlineData(503, "E0000100", typeof(ConnectorTransientException))]
    [InlineData(504, null, typeof(ConnectorTransientException))]
    [InlineData(302, null, typeof(ConnectorProtocolException))]
    [InlineData(401, "invalid_client", typeof(ConnectorUnauthenticatedException))]
    [InlineData(400, "invalid_client", typeof(ConnectorUnauthenticatedException))]
    [InlineData(400, "invalid_scope", typeof(ConnectorPermissionDeniedException))]
    [InlineData(400, "use_dpop_nonce", typeof(ConnectorConfigurationException))]
    public void FromResponse_StatusAndCode_MapToOneExceptionType(int status, string? code, Type expected)
    {
        var body = code is null ? OktaErrorBody.Empty : new OktaErrorBody { ErrorCode = code, ErrorId = "oae1" };

        var error = OktaErrors.FromResponse("GET /api/v1/users/{id}", status, body, "req-1");

        error.Should().BeOfType(expected);
        error.StatusCode.Should().Be(status);
        error.ErrorCode.Should().Be(code);
        error.RequestId.Should().Be("req-1");
        error.ErrorId.Should().Be(code is null ? null : "oae1");
        error.Message.Should().Contain("GET /api/v1/users/{id}").And.Contain("req-1");
    }

    [Fact]
    public void FromResponse_RateLimited_CarriesRetryAfter()
    {
        var error = OktaErrors.FromResponse("GET /api/v1/users", 429, new OktaErrorBody { ErrorCode = "E0000047" }, null, TimeSpan.FromSeconds(12));

        error.Should().BeOfType<ConnectorRateLimitedException>().Which.RetryAfter.Should().Be(TimeSpan.FromSeconds(12));
    }

    [Fact]
    public void FromResponse_SummaryEchoingIdentities_IsNeverInTheMessage()
    {
        var body = OktaErrorBody.Parse(Encoding.UTF8.GetBytes("""{"errorCode":"E0000001","errorSummary":"Api validation failed: login carol@example.com","errorCauses":[{"errorSummary":"carol@example.com"}]}"""));

        OktaErrors.FromResponse("PUT /api/v1/groups/{id}/users/{id}", 400, body, null).Message.Should().NotContain("carol");
    }

    [Theory]
    [InlineData("E0000011 Bearer abc.def")]
    [InlineData("carol@example.com")]
    [InlineData("")]
    public void FromResponse_HostileErrorCode_IsDropped(string code)
    {
        var error = OktaErrors.FromResponse("GET /api/v1/users", 400, new OktaErrorBody { ErrorCode = code, ErrorId = "<script>" }, null);

        error.ErrorCode.Should().BeNull();
        error.ErrorId.Should().BeNull();
        error.Message.Should().NotContain(code.Length == 0 ? "()" : code);
    }

    [Fact]
    public void FromTransport_EachFailure_IsTransientWithAdvice()
    {
        OktaErrors.FromTransport("GET /api/v1/users", new TimeoutRejectedException(), TimeSpan.FromSeconds(30)).Message.Should().Contain("Http:RequestTimeout (00:00:30)");
        OktaErrors.FromTransport("GET /api/v1/users", new HttpRequestException(HttpRequestError.ConnectionError, "refused"), TimeSpan.FromSeconds(30))
            .Should().BeOfType<ConnectorTransientException>().Which.Message.Should().Contain("ConnectionError");
    }

    [Fact]
    public void MalformedBody_IsAProtocolErrorWithTheRequestId()
    {
        var error = OktaErrors.MalformedBody("GET /api/v1/users", 200, "req-9", new System.Text.Json.JsonException("x"));

        error.StatusCode.Should().Be(200);
        error.RequestId.Should().Be("req-9");
        error.Message.Should().Contain("truncated");
    }

    [Theory]
    [InlineData("reqAbc-123_x.y", 64, "reqAbc-123_x.y")]
    [InlineData("has space", 64, null)]
    [InlineData("toolong", 3, null)]
    [InlineData(null, 64, null)]
    public void Safe_KeepsOnlyIdentifierLikeValues(string? value, int max, string? expected) =>
        OktaErrors.Safe(value, max).Should().Be(expected);
}
