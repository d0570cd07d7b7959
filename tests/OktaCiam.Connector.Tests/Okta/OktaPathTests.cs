namespace OktaCiam.Connector.Tests.Okta;

public sealed class OktaPathTests
{
    [Theory]
    [InlineData("00u1", "00u1")]
    [InlineData("a#b/c+d@e.com", "a%23b%2Fc%2Bd%40e.com")]
    [InlineData("a?b&c=d%", "a%3Fb%26c%3Dd%25")]
    public void Segment_Value_IsEscapedIntoOneSegment(string value, string expected) =>
        OktaPath.Segment(value).Should().Be(expected);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(".")]
    [InlineData("..")]
    public void Segment_EmptyOrDot_IsRefused(string value) =>
        FluentActions.Invoking(() => OktaPath.Segment(value)).Should().Throw<ArgumentException>();

    [Fact]
    public void WithQuery_Values_AreEscapedAndNullsSkipped() =>
        OktaPath.WithQuery("/api/v1/groups", ("search", "profile.name sw \"A&B\""), ("filter", null), ("limit", "5"))
            .Should().Be("/api/v1/groups?search=profile.name%20sw%20%22A%26B%22&limit=5");

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    public void Limit_OutOfRange_IsRefused(int limit) =>
        FluentActions.Invoking(() => OktaPath.Limit(limit, 200)).Should().Throw<ArgumentOutOfRangeException>();
}
