namespace OktaCiam.Connector.Abstractions;

/// <summary>The target system has no object with the given id, or the connector may not see it.</summary>
public sealed class ConnectorNotFoundException : ConnectorException
{
    /// <summary>Initializes a new instance of the <see cref="ConnectorNotFoundException"/> class.</summary>
    public ConnectorNotFoundException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorNotFoundException"/> class.</summary>
    /// <param name="message">What happened and what to do about it; never a secret or an unmanaged identity.</param>
    public ConnectorNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorNotFoundException"/> class.</summary>
    /// <param name="message">What happened and what to do about it; never a secret or an unmanaged identity.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public ConnectorNotFoundException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
