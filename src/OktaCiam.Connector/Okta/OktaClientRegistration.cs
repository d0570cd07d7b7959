using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;

namespace OktaCiam.Connector;

/// <summary>Registers the Okta client of one named connector instance and its HTTP pipeline.</summary>
/// <remarks>
/// Pipeline of the named client <c>OktaCiam:{instance}</c>, outermost first: retry (Polly; 429 by the bucket's reset, 5xx,
/// timeouts and dropped connections for retry-safe requests, 409 E0000268) → rate-limit pacing → concurrency limit
/// (Polly, <see cref="OktaCiamHttpOptions.MaxConcurrentRequests"/>) → per-attempt timeout → authorization (one
/// refresh-and-resend on 401 for OAuth) → call counting → the primary handler. The token endpoint has its own client,
/// <c>OktaCiam:{instance}:token</c>, outside the concurrency limit, so a token refresh never waits behind requests that wait for it.
/// The factory's default request loggers are removed: they would log paths, which can hold logins.
/// </remarks>
internal static class OktaClientRegistration
{
    /// <summary>Returns the name of the instance's API <see cref="HttpClient"/>.</summary>
    public static string HttpClientName(string instanceName) => $"OktaCiam:{instanceName}";

    /// <summary>Returns the name of the instance's token-endpoint <see cref="HttpClient"/>.</summary>
    public static string TokenHttpClientName(string instanceName) => $"OktaCiam:{instanceName}:token";

    /// <summary>Registers <see cref="OktaClient"/> (keyed by <paramref name="instanceName"/>) and its pipeline; a second call for the same instance does nothing.</summary>
    public static IServiceCollection AddOktaClient(this IServiceCollection services, string instanceName)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(instanceName);
        if (services.Any(d => d.IsKeyedService && d.ServiceType == typeof(OktaClient) && Equals(d.ServiceKey, instanceName)))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddKeyedSingleton<OktaApiStats>(instanceName, static (_, _) => new OktaApiStats());
        services.TryAddKeyedSingleton(instanceName, static (sp, key) =>
        {
            var http = Options(sp, (string)key!).Http;
            return new OktaRateLimiter(sp.GetRequiredService<TimeProvider>(), http.RateLimitHeadroom, http.MaxRetryDelay);
        });
        services.TryAddKeyedSingleton(instanceName, static (sp, key) => CreateAuthorization(sp, (string)key!));
        services.TryAddKeyedSingleton(instanceName, static (sp, key) => CreateClient(sp, (string)key!));

        var api = services.AddHttpClient(HttpClientName(instanceName))
            .ConfigureHttpClient(static client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        api.AddResilienceHandler("okta-retry", (builder, context) =>
            {
                var sp = context.ServiceProvider;
                var timeProvider = sp.GetRequiredService<TimeProvider>();
                builder.TimeProvider = timeProvider;
                var retry = OktaRetryPolicy.CreateOptions(
                    Options(sp, instanceName).Http,
                    timeProvider,
                    static ctx => OktaRequestPolicy.IsRetrySafe(ctx.GetRequestMessage()),
                    static ctx => ctx.GetRequestMessage() is { } request ? OktaEndpoint.Describe(request) : "request",
                    Logger(sp));
                if (retry is not null)
                {
                    builder.AddRetry(retry);
                }
            });
        api.AddHttpMessageHandler(sp => new OktaRateLimitHandler(
                sp.GetRequiredKeyedService<OktaRateLimiter>(instanceName),
                sp.GetRequiredKeyedService<OktaApiStats>(instanceName),
                sp.GetRequiredService<TimeProvider>(),
                Logger(sp)));
        api.AddResilienceHandler("okta-attempt", (builder, context) =>
            {
                var sp = context.ServiceProvider;
                var http = Options(sp, instanceName).Http;
                builder.TimeProvider = sp.GetRequiredService<TimeProvider>();
                builder.AddConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = http.MaxConcurrentRequests, QueueLimit = int.MaxValue });
                builder.AddTimeout(http.RequestTimeout);
            });
        api.AddHttpMessageHandler(sp => new OktaAuthorizationHandler(sp.GetRequiredKeyedService<IOktaAuthorization>(instanceName), Logger(sp)))
            .AddHttpMessageHandler(sp => new OktaStatsHandler(sp.GetRequiredKeyedService<OktaApiStats>(instanceName), tokenEndpoint: false));

        services.AddHttpClient(TokenHttpClientName(instanceName))
            .ConfigureHttpClient(static client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .AddHttpMessageHandler(sp => new OktaStatsHandler(sp.GetRequiredKeyedService<OktaApiStats>(instanceName), tokenEndpoint: true));

        return services;
    }

    private static OktaClient CreateClient(IServiceProvider sp, string instanceName)
    {
        var options = Options(sp, instanceName);
        return new OktaClient(
            instanceName,
            OktaOrgUrl.Parse(options.OrgUrl),
            options.Http,
            sp.GetRequiredService<IHttpClientFactory>(),
            HttpClientName(instanceName),
            sp.GetRequiredKeyedService<OktaApiStats>(instanceName),
            sp.GetRequiredService<TimeProvider>(),
            Logger(sp));
    }

    private static IOktaAuthorization CreateAuthorization(IServiceProvider sp, string instanceName)
    {
        var options = Options(sp, instanceName);
        if (options.OAuth is { } oauth)
        {
            return new OktaOAuthAuthorization(
                OktaOrgUrl.Parse(options.OrgUrl),
                oauth,
                options.Http,
                TokenHttpClientName(instanceName),
                sp.GetRequiredService<IHttpClientFactory>(),
                sp.GetRequiredService<TimeProvider>(),
                Logger(sp));
        }

        return new OktaApiTokenAuthorization(options.ApiToken!);
    }

    private static OktaCiamOptions Options(IServiceProvider sp, string instanceName) =>
        sp.GetRequiredService<IOptionsMonitor<OktaCiamOptions>>().Get(instanceName);

    private static ILogger Logger(IServiceProvider sp) =>
        sp.GetService<ILoggerFactory>()?.CreateLogger(typeof(OktaClient).FullName!) ?? NullLogger.Instance;
}
