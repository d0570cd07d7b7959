namespace OktaCiam.Connector.Abstractions;

/// <summary>The connector's configuration is invalid or incomplete; the message says which setting to fix.</summary>
public sealed class ConnectorConfigurationException : ConnectorException
{
    /// <summary>Initializes a new instance of the <see cref="ConnectorConfigurationException"/> class.</summary>
    public ConnectorConfigurationException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorConfigurationException"/> class.</summary>
    /// <param name="message">What happened and what to do about it; never a secret or an unmanaged identity.</param>
    public ConnectorConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorConfigurationException"/> class.</summary>
    /// <param name="message">What happened and what to do about it; never a secret or an unmanaged identity.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public ConnectorConfigurationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
