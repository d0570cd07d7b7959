using Microsoft.Extensions.DependencyInjection;
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

    public static CliConnector Create(OktaCiamOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var services = new ServiceCollection();
        services.AddOktaCiamConnector(o =>
        {
            o.OrgUrl = options.OrgUrl;
            o.ApiToken = options.ApiToken;
            o.OAuth = options.OAuth;
            o.ManagedAttribute = options.ManagedAttribute;
            o.App = options.App;
            o.Http = options.Http;
            o.Provisioning = options.Provisioning;
        });
        return new CliConnector(services.BuildServiceProvider());
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
