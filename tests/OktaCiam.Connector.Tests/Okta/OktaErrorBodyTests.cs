using System.Text;

namespace OktaCiam.Connector.Tests.Okta;

public sealed class OktaErrorBodyTests
{
    [Fact]
    public void Parse_OktaShape_ReadsCodeIdAndSummary()
    {
        var body = Parse("""{"errorCode":"E0000047","errorSummary":"API call exceeded rate limit due to too many requests.","errorLink":"E0000047","errorId":"sampleQPivGUj_ND5v78vbYWW","errorCauses":[{"errorSummary":"x"}]}""");

        body.ErrorCode.Should().Be("E0000047");
        body.ErrorId.Should().Be("sampleQPivGUj_ND5v78vbYWW");
        body.ErrorSummary.Should().StartWith("API call exceeded");
        body.IsOAuth.Should().BeFalse();
    }

    [Theory]
    [InlineData("""{"status":404,"message":"Not Found"}""")]
    [InlineData("""{"status":"404","message":"Not Found"}""")]
    public void Parse_StatusMessageShape_ReadsStatus(string json)
    {
        var body = Parse(json);

        body.Status.Should().Be(404);
        body.ErrorCode.Should().BeNull();
        body.ErrorSummary.Should().Be("Not Found");
    }

    [Fact]
    public void Parse_OAuthShape_UsesErrorAsCode()
    {
        var body = Parse("""{"error":"invalid_client","error_description":"The client_assertion signature is invalid."}""");

        body.ErrorCode.Should().Be("invalid_client");
        body.IsOAuth.Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><body>502 Bad Gateway</body></html>")]
    [InlineData("[1,2,3]")]
    [InlineData("\"just a string\"")]
    [InlineData("{\"errorCode\":null,\"errorId\":true}")]
    public void Parse_UnusableBody_YieldsNothing(string text)
    {
        var body = Parse(text);

        body.ErrorCode.Should().BeNull();
        body.ErrorId.Should().BeNull();
    }

    [Fact]
    public void Parse_TruncatedBody_KeepsWhatCameBeforeTheCut()
    {
        var body = Parse("""{"errorCode":"E0000100","errorSummary":"Search is unav""");

        body.ErrorCode.Should().Be("E0000100");
    }

    [Fact]
    public async Task ReadAsync_HugeBody_ReadsOnlyTheFirstBytes()
    {
        var json = "{\"errorCode\":\"E0000001\",\"pad\":\"" + new string('x', 100_000) + "\"}";
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        var body = await OktaErrorBody.ReadAsync(content, CancellationToken.None);

        body.ErrorCode.Should().Be("E0000001");
    }

    [Fact]
    public void ToString_LeavesTheSummaryOut()
    {
        Parse("""{"errorCode":"E0000001","errorSummary":"login: carol@example.com"}""").ToString().Should().NotContain("carol");
    }

    private static OktaErrorBody Parse(string text) => OktaErrorBody.Parse(Encoding.UTF8.GetBytes(text));
}
