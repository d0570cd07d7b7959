using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Cli;

/// <summary>The connector one command uses, built through the library's own DI registration from resolved options.</summary>
internal sealed class CliConnector : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private CliConnector(ServiceProvider services)
    {
        _services = services;
    }

    /// <summary>Gets the connector; resolving it validates the options (an invalid option is a usage error).</summary>
    public IConnector Connector => _services.GetRequiredService<IConnector>();

    /// <summary>Builds the connector; its warnings (retries, refusals) go to standard error.</summary>
    /// <param name="options">The resolved connector options.</param>
    /// <param name="console">Where warnings go.</param>
    /// <param name="configureLogging">Adds logging beyond warnings on standard error (tests capture every level with it).</param>
    public static CliConnector Create(OktaCiamOptions options, CliConsole console, Action<ILoggingBuilder>? configureLogging = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(console);
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            logging.ClearProviders().AddProvider(new CliLoggerProvider(console.Error)).SetMinimumLevel(LogLevel.Warning);
            configureLogging?.Invoke(logging);
        });
        services.AddOktaCiamConnector(o =>
        {
            o.OrgUrl = options.OrgUrl;
            o.ApiToken = options.ApiToken;
            o.OAuth = options.OAuth;
            o.ManagedAttribute = options.ManagedAttribute;
            o.App = options.App;
            o.Http = options.Http;
            o.Read = options.Read;
            o.Provisioning = options.Provisioning;
        });
        return new CliConnector(services.BuildServiceProvider());
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
