using Microsoft.Extensions.DependencyInjection;
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
        return new OktaCiamConnector(name, options, [.. OktaWriteCapabilities.Create(services, name, options)]);
    }
}
