namespace OktaCiam.Connector.Abstractions;

/// <summary>The target system, or the connector, broke the protocol: a truncated or malformed response, or a cursor that does not advance. Never retried blindly and never treated as an empty result.</summary>
public sealed class ConnectorProtocolException : ConnectorException
{
    /// <summary>Initializes a new instance of the <see cref="ConnectorProtocolException"/> class.</summary>
    public ConnectorProtocolException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorProtocolException"/> class.</summary>
    /// <param name="message">What happened and what to do about it; never a secret or an unmanaged identity.</param>
    public ConnectorProtocolException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorProtocolException"/> class.</summary>
    /// <param name="message">What happened and what to do about it; never a secret or an unmanaged identity.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public ConnectorProtocolException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
