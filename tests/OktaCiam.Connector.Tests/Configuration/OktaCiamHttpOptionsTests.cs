using Microsoft.Extensions.Options;

namespace OktaCiam.Connector.Tests.Configuration;

public sealed class OktaCiamHttpOptionsTests
{
    [Fact]
    public void Defaults_AreDocumentedValuesAndValid()
    {
        var http = new OktaCiamHttpOptions();

        http.MaxConcurrentRequests.Should().Be(8);
        http.MaxRetryAttempts.Should().Be(4);
        http.RequestTimeout.Should().Be(TimeSpan.FromSeconds(30));
        http.MaxRetryDelay.Should().Be(TimeSpan.FromSeconds(90));
        http.RateLimitHeadroom.Should().Be(0.1);
        Validate(_ => { }).Succeeded.Should().BeTrue();
    }

    public static TheoryData<string, Action<OktaCiamHttpOptions>> Invalid => new()
    {
        { "Http:MaxConcurrentRequests", h => h.MaxConcurrentRequests = 0 },
        { "Http:MaxConcurrentRequests", h => h.MaxConcurrentRequests = 76 },
        { "Http:MaxRetryAttempts", h => h.MaxRetryAttempts = -1 },
        { "Http:MaxRetryAttempts", h => h.MaxRetryAttempts = 11 },
        { "Http:RequestTimeout", h => h.RequestTimeout = TimeSpan.FromMilliseconds(500) },
        { "Http:RequestTimeout", h => h.RequestTimeout = TimeSpan.FromMinutes(6) },
        { "Http:MaxRetryDelay", h => h.MaxRetryDelay = TimeSpan.Zero },
        { "Http:MaxRetryDelay", h => h.MaxRetryDelay = TimeSpan.FromMinutes(11) },
        { "Http:RateLimitHeadroom", h => h.RateLimitHeadroom = -0.1 },
        { "Http:RateLimitHeadroom", h => h.RateLimitHeadroom = 0.95 },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_OutOfRange_NamesTheSettingAndItsRange(string setting, Action<OktaCiamHttpOptions> change)
    {
        var result = Validate(change);

        result.Failed.Should().BeTrue();
        // The generated validator ignores a custom Range message (dotnet/runtime#123137), so accept its default too.
        result.FailureMessage.Should().Contain(setting.Replace("Http:", string.Empty, StringComparison.Ordinal)).And.Contain("between");
    }

    [Theory]
    [InlineData(1, 0, 1, 0.0)]
    [InlineData(75, 10, 300, 0.9)]
    public void Validate_Bounds_AreAccepted(int concurrency, int retries, int timeoutSeconds, double headroom) =>
        Validate(h =>
        {
            h.MaxConcurrentRequests = concurrency;
            h.MaxRetryAttempts = retries;
            h.RequestTimeout = TimeSpan.FromSeconds(timeoutSeconds);
            h.RateLimitHeadroom = headroom;
        }).Succeeded.Should().BeTrue();

    [Fact]
    public void ToString_ListsTheSettings() =>
        new OktaCiamHttpOptions().ToString().Should().Contain("MaxConcurrentRequests = 8").And.Contain("RateLimitHeadroom = 0.1");

    private static ValidateOptionsResult Validate(Action<OktaCiamHttpOptions> change)
    {
        var options = new OktaCiamOptions { OrgUrl = "https://acme.okta.com", ApiToken = "t", App = { Name = "Test" } };
        change(options.Http);
        return new OktaCiamOptionsDataValidator().Validate(Options.DefaultName, options);
    }
}
