using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace OktaCiam.Connector.Tests.Okta;

/// <summary>A connector instance wired through the real DI registration and HTTP pipeline, with a stubbed Okta and a fake clock.</summary>
internal sealed class OktaClientHarness : IAsyncDisposable
{
    public const string Instance = "test";
    public const string ApiToken = "00SecretApiTokenValue-DoNotLeak";
    public const string OrgUrl = "https://acme.okta.com";

    private OktaClientHarness(FakeTimeProvider time, OktaStubHandler stub, ServiceProvider services)
    {
        Time = time;
        Stub = stub;
        Services = services;
    }

    public FakeTimeProvider Time { get; }

    public OktaStubHandler Stub { get; }

    public ServiceProvider Services { get; }

    public OktaClient Client => Services.GetRequiredKeyedService<OktaClient>(Instance);

    public OktaApiStats Stats => Services.GetRequiredKeyedService<OktaApiStats>(Instance);

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    public static OktaClientHarness Create(Func<OktaStubRequest, HttpResponseMessage> respond, Action<OktaCiamOptions>? configure = null) =>
        Create((request, _) => Task.FromResult(respond(request)), configure);

    public static OktaClientHarness Create(Func<OktaStubRequest, CancellationToken, Task<HttpResponseMessage>> respond, Action<OktaCiamOptions>? configure = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));
        var stub = new OktaStubHandler(time, respond);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddFakeLogging(o => o.CollectRecordsForDisabledLogLevels = false);
        services.AddOktaCiamConnector(Instance, o =>
        {
            o.OrgUrl = OrgUrl;
            o.ApiToken = ApiToken;
            o.App.Name = "Okta CIAM (test)";
            configure?.Invoke(o);
        });
        services.AddHttpClient(OktaClientRegistration.HttpClientName(Instance)).ConfigurePrimaryHttpMessageHandler(() => stub);
        services.AddHttpClient(OktaClientRegistration.TokenHttpClientName(Instance)).ConfigurePrimaryHttpMessageHandler(() => stub);
        return new OktaClientHarness(time, stub, services.BuildServiceProvider(validateScopes: true));
    }

    /// <summary>Awaits <paramref name="task"/> while moving the fake clock forward in steps, so waits on it elapse.</summary>
    public async Task<T> RunAsync<T>(Task<T> task, TimeSpan? step = null)
    {
        await DriveAsync(task, step);
        return await task;
    }

    /// <inheritdoc cref="RunAsync{T}(Task{T}, TimeSpan?)"/>
    public async Task RunAsync(Task task, TimeSpan? step = null)
    {
        await DriveAsync(task, step);
        await task;
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();

    private async Task DriveAsync(Task task, TimeSpan? step)
    {
        var advance = step ?? TimeSpan.FromMilliseconds(250);
        for (var i = 0; i < 100_000 && !task.IsCompleted; i++)
        {
            // Let the pipeline reach its next wait before the clock moves.
            await Task.WhenAny(task, Task.Delay(1, CancellationToken.None));
            if (!task.IsCompleted)
            {
                Time.Advance(advance);
            }
        }
    }
}
