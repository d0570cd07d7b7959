namespace OktaCiam.Connector.Tests.Okta;

public sealed class OktaRateLimitHeadersTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void UntilReset_UsesTheServerDateNotTheLocalClock()
    {
        var serverNow = Now.AddHours(3);
        using var response = OktaResponses.Json("[]").WithRateLimit(600, 0, serverNow.AddSeconds(42), serverNow);

        OktaRateLimitHeaders.UntilReset(response, Now).Should().Be(TimeSpan.FromSeconds(42));
    }

    [Fact]
    public void UntilReset_ResetInThePast_IsZero()
    {
        using var response = OktaResponses.Json("[]").WithRateLimit(600, 0, Now.AddSeconds(-5), Now);

        OktaRateLimitHeaders.UntilReset(response, Now).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void TryRead_MalformedHeaders_IsFalse()
    {
        using var response = OktaResponses.Json("[]");
        response.Headers.TryAddWithoutValidation("X-Rate-Limit-Limit", "600");
        response.Headers.TryAddWithoutValidation("X-Rate-Limit-Remaining", "lots");
        response.Headers.TryAddWithoutValidation("X-Rate-Limit-Reset", "1767614400");

        OktaRateLimitHeaders.TryRead(response, out _, out _, out _).Should().BeFalse();
        OktaRateLimitHeaders.UntilReset(response, Now).Should().NotBeNull();
    }

    [Fact]
    public void RetryAfter_SecondsOrDate_IsAWait()
    {
        using var seconds = OktaResponses.Json("{}");
        seconds.Headers.TryAddWithoutValidation("Retry-After", "7");
        using var date = OktaResponses.Json("{}");
        date.Headers.Date = Now;
        date.Headers.TryAddWithoutValidation("Retry-After", Now.AddSeconds(9).ToString("R"));

        OktaRateLimitHeaders.RetryAfter(seconds, Now).Should().Be(TimeSpan.FromSeconds(7));
        OktaRateLimitHeaders.RetryAfter(date, Now.AddDays(1)).Should().Be(TimeSpan.FromSeconds(9));
    }
}
