using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector;

/// <summary>The Okta CIAM connector root: its descriptor and the capabilities it offers.</summary>
internal sealed class OktaCiamConnector : IConnector
{
    /// <summary>The connector's stable id.</summary>
    public const string ConnectorId = "okta-ciam";

    private readonly Dictionary<Type, object> _capabilities;

    public OktaCiamConnector(string name, OktaCiamOptions options, IEnumerable<object> capabilities)
    {
        Name = name;
        Options = options;
        Descriptor = OktaCiamDescriptor.Create(options);
        _capabilities = [];
        foreach (var capability in capabilities)
        {
            foreach (var type in capability.GetType().GetInterfaces())
            {
                if (type.Namespace == typeof(IConnector).Namespace)
                {
                    _capabilities.TryAdd(type, capability);
                }
            }
        }
    }

    /// <summary>Gets the instance's name.</summary>
    public string Name { get; }

    /// <summary>Gets the validated options of this instance.</summary>
    public OktaCiamOptions Options { get; }

    /// <inheritdoc/>
    public ConnectorDescriptor Descriptor { get; }

    /// <inheritdoc/>
    public object? GetService(Type serviceType)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceType.IsInstanceOfType(this))
        {
            return this;
        }

        return _capabilities.GetValueOrDefault(serviceType);
    }

    /// <summary>Builds the instance named <paramref name="name"/> from the container.</summary>
    public static OktaCiamConnector Create(IServiceProvider services, string name)
    {
        var options = services.GetRequiredService<IOptionsMonitor<OktaCiamOptions>>().Get(name);
        var client = services.GetRequiredKeyedService<OktaClient>(name);
        var timeProvider = services.GetRequiredService<TimeProvider>();
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger(typeof(OktaCiamConnector).FullName!) ?? NullLogger.Instance;

        var read = new OktaReadContext(client, options, timeProvider, logger);
        var users = new OktaUserReader(read);
        var groups = new OktaGroupReader(read);
        var resources = new OktaResourceReader(read, users, groups);

        // Each capability is listed once; the connector exposes it under every SDK interface it implements.
        List<object> capabilities =
        [
            users,
            groups,
            resources,
            new OktaReadStatisticsSource(read),
        ];
        return new OktaCiamConnector(name, options, capabilities);
    }
}
