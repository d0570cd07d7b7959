using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace OktaCiam.Connector;

/// <summary>Builds the capabilities of one connector instance that write to Okta or check its setup: provisioner, deprovisioner (sharing one write guard) and validator.</summary>
internal static class OktaWriteCapabilities
{
    public static IEnumerable<object> Create(IServiceProvider services, string name, OktaCiamOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(options);
        var client = services.GetRequiredKeyedService<OktaClient>(name);
        var loggers = services.GetService<ILoggerFactory>();
        var writeLogger = loggers?.CreateLogger(typeof(OktaAccessProvisioner).FullName!) ?? NullLogger.Instance;
        var guard = new OktaWriteGuard(client, options, writeLogger);
        return
        [
            new OktaAccessProvisioner(client, guard, writeLogger),
            new OktaUserDeprovisioner(client, guard, writeLogger),
            new OktaConnectorValidator(
                client,
                options,
                services.GetKeyedService<OktaRateLimiter>(name),
                loggers?.CreateLogger(typeof(OktaConnectorValidator).FullName!) ?? NullLogger.Instance),
        ];
    }
}
