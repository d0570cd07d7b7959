using Microsoft.Extensions.DependencyInjection;

namespace OktaCiam.Connector;

/// <summary>Returned by <c>AddOktaCiamConnector</c> to configure optional extras of one named connector instance.</summary>
public interface IOktaCiamConnectorBuilder
{
    /// <summary>Gets the instance's name; <see cref="string.Empty"/> for the default instance.</summary>
    string Name { get; }

    /// <summary>Gets the service collection the instance is registered in.</summary>
    IServiceCollection Services { get; }
}
