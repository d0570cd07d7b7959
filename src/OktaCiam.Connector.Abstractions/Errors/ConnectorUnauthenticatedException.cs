namespace OktaCiam.Connector.Abstractions;

/// <summary>The target system rejected the connector's credentials (missing, invalid, expired or revoked).</summary>
public sealed class ConnectorUnauthenticatedException : ConnectorException
{
    /// <summary>Initializes a new instance of the <see cref="ConnectorUnauthenticatedException"/> class.</summary>
    public ConnectorUnauthenticatedException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorUnauthenticatedException"/> class.</summary>
    /// <param name="message">What happened and what to do about it; never a secret or an unmanaged identity.</param>
    public ConnectorUnauthenticatedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorUnauthenticatedException"/> class.</summary>
    /// <param name="message">What happened and what to do about it; never a secret or an unmanaged identity.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public ConnectorUnauthenticatedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
