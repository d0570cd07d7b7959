namespace OktaCiam.Connector.Abstractions;

/// <summary>The root of a connector: what it is, and access to the capabilities it opts into.</summary>
/// <remarks>
/// Capabilities are small interfaces (<see cref="IUserReader"/>, <see cref="IGroupReader"/>, <see cref="IResourceReader"/>,
/// <see cref="IAccessProvisioner"/>, <see cref="IUserDeprovisioner"/>, <see cref="IConnectorValidator"/>) obtained with
/// <see cref="GetService"/>, so a connector implements only what its target system supports and decorators can wrap them.
/// </remarks>
public interface IConnector
{
    /// <summary>Gets what the connector is and what it supports.</summary>
    ConnectorDescriptor Descriptor { get; }

    /// <summary>Gets a capability of the connector.</summary>
    /// <param name="serviceType">The capability's interface, for example <see cref="IUserReader"/>.</param>
    /// <returns>The capability, or <see langword="null"/> when the connector does not support it.</returns>
    object? GetService(Type serviceType);
}
