using System.Net;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.Timeout;

namespace OktaCiam.Connector.Tests.Okta;

public sealed class OktaRetryPolicyTests
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(90);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));

    public static TheoryData<string, Exception, bool, bool> Exceptions => new()
    {
        { "connection refused", new HttpRequestException(HttpRequestError.ConnectionError, "refused"), false, true },
        { "response ended, unsafe", new HttpRequestException(HttpRequestError.ResponseEnded, "ended"), false, false },
        { "response ended, safe", new HttpRequestException(HttpRequestError.ResponseEnded, "ended"), true, true },
        { "reset, safe", new IOException("reset"), true, true },
        { "timeout, unsafe", new TimeoutRejectedException(), false, false },
        { "timeout, safe", new TimeoutRejectedException(), true, true },
        { "bug", new InvalidOperationException(), true, false },
    };

    [Theory]
    [MemberData(nameof(Exceptions))]
    public async Task ShouldRetryAsync_Exception_DependsOnWhetherOktaCouldHaveActed(string kind, Exception exception, bool retrySafe, bool expected) =>
        (await OktaRetryPolicy.ShouldRetryAsync(Outcome.FromException<HttpResponseMessage>(exception), retrySafe, _time, MaxDelay, default))
            .Should().Be(expected, kind);

    [Theory]
    [InlineData(500, false, false)]
    [InlineData(500, true, true)]
    [InlineData(502, true, true)]
    [InlineData(503, true, true)]
    [InlineData(504, true, true)]
    [InlineData(501, true, false)]
    [InlineData(400, true, false)]
    [InlineData(401, true, false)]
    [InlineData(404, true, false)]
    public async Task ShouldRetryAsync_Status_RetriesServerErrorsOfSafeRequestsOnly(int status, bool retrySafe, bool expected)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        (await OktaRetryPolicy.ShouldRetryAsync(Outcome.FromResult(response), retrySafe, _time, MaxDelay, default)).Should().Be(expected);
    }

    [Fact]
    public async Task ShouldRetryAsync_TooManyRequests_RetriesEvenUnsafeRequestsWithinTheMaxDelay()
    {
        var now = _time.GetUtcNow();
        using var soon = OktaResponses.Error(HttpStatusCode.TooManyRequests, "E0000047").WithRateLimit(50, 0, now.AddSeconds(30), now);
        using var late = OktaResponses.Error(HttpStatusCode.TooManyRequests, "E0000047").WithRateLimit(50, 0, now.AddSeconds(120), now);

        (await OktaRetryPolicy.ShouldRetryAsync(Outcome.FromResult(soon), false, _time, MaxDelay, default)).Should().BeTrue();
        (await OktaRetryPolicy.ShouldRetryAsync(Outcome.FromResult(late), false, _time, MaxDelay, default)).Should().BeFalse();
    }

    [Theory]
    [InlineData("E0000100", false)]
    [InlineData("E0000009", true)]
    public async Task ShouldRetryAsync_ServiceUnavailable_LeavesSearchUnavailableToTheReadersFallback(string code, bool expected)
    {
        using var response = OktaResponses.Error(HttpStatusCode.ServiceUnavailable, code);

        (await OktaRetryPolicy.ShouldRetryAsync(Outcome.FromResult(response), true, _time, MaxDelay, default)).Should().Be(expected);
        (await response.Content.ReadAsStringAsync()).Should().Contain(code, "the body stays readable for the error");
    }

    [Theory]
    [InlineData("E0000268", true)]
    [InlineData("E0000090", false)]
    public async Task ShouldRetryAsync_Conflict_RetriesOnlyConcurrentChangeAndKeepsTheBodyReadable(string code, bool expected)
    {
        using var response = OktaResponses.Error(HttpStatusCode.Conflict, code);

        (await OktaRetryPolicy.ShouldRetryAsync(Outcome.FromResult(response), false, _time, MaxDelay, default)).Should().Be(expected);
        (await OktaErrorBody.ReadAsync(response.Content, default)).ErrorCode.Should().Be(code);
    }

    [Fact]
    public void GetDelay_TooManyRequests_IsResetMinusDatePlusMarginAndJitter()
    {
        var serverNow = _time.GetUtcNow().AddMinutes(-30);
        using var response = OktaResponses.Error(HttpStatusCode.TooManyRequests, "E0000047").WithRateLimit(50, 0, serverNow.AddSeconds(20), serverNow);

        for (var i = 0; i < 20; i++)
        {
            OktaRetryPolicy.GetDelay(Outcome.FromResult(response), _time).Should()
                .BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(21)).And.BeLessThan(TimeSpan.FromSeconds(22));
        }
    }

    [Fact]
    public void GetDelay_ServerErrorWithRetryAfter_HonoursIt()
    {
        using var response = OktaResponses.Error(HttpStatusCode.ServiceUnavailable, "E0000100");
        response.Headers.TryAddWithoutValidation("Retry-After", "4");

        OktaRetryPolicy.GetDelay(Outcome.FromResult(response), _time).Should().Be(TimeSpan.FromSeconds(4));
    }

    [Fact]
    public void GetDelay_NoHint_LeavesItToTheBackoff()
    {
        using var response = OktaResponses.Error(HttpStatusCode.InternalServerError, "E0000009");

        OktaRetryPolicy.GetDelay(Outcome.FromResult(response), _time).Should().BeNull();
        OktaRetryPolicy.GetDelay(Outcome.FromException<HttpResponseMessage>(new IOException()), _time).Should().BeNull();
    }

    [Fact]
    public void CreateOptions_NoRetries_IsNull() =>
        OktaRetryPolicy.CreateOptions(new OktaCiamHttpOptions { MaxRetryAttempts = 0 }, _time, _ => true, _ => "x", Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance)
            .Should().BeNull();
}
