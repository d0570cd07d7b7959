namespace OktaCiam.Connector.Abstractions;

/// <summary>The target system failed in a way that may succeed on a later attempt (server error, timeout, dropped connection), after the connector's own retries were spent.</summary>
public sealed class ConnectorTransientException : ConnectorException
{
    /// <summary>Initializes a new instance of the <see cref="ConnectorTransientException"/> class.</summary>
    public ConnectorTransientException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorTransientException"/> class.</summary>
    /// <param name="message">What happened and what to do about it; never a secret or an unmanaged identity.</param>
    public ConnectorTransientException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorTransientException"/> class.</summary>
    /// <param name="message">What happened and what to do about it; never a secret or an unmanaged identity.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public ConnectorTransientException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
