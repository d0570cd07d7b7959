namespace OktaCiam.Connector.Abstractions;

/// <summary>The target system rejected the request as invalid (a validation error or a conflict that is not about state already being as asked).</summary>
public sealed class ConnectorRejectedException : ConnectorException
{
    /// <summary>Initializes a new instance of the <see cref="ConnectorRejectedException"/> class.</summary>
    public ConnectorRejectedException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorRejectedException"/> class.</summary>
    /// <param name="message">What happened and what to do about it; never a secret or an unmanaged identity.</param>
    public ConnectorRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorRejectedException"/> class.</summary>
    /// <param name="message">What happened and what to do about it; never a secret or an unmanaged identity.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public ConnectorRejectedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
