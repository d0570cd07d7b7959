namespace OktaCiam.Connector.Abstractions;

/// <summary>The credentials are valid but lack the permission the operation needs.</summary>
public sealed class ConnectorPermissionDeniedException : ConnectorException
{
    /// <summary>Initializes a new instance of the <see cref="ConnectorPermissionDeniedException"/> class.</summary>
    public ConnectorPermissionDeniedException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorPermissionDeniedException"/> class.</summary>
    /// <param name="message">What happened and what to do about it; never a secret or an unmanaged identity.</param>
    public ConnectorPermissionDeniedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorPermissionDeniedException"/> class.</summary>
    /// <param name="message">What happened and what to do about it; never a secret or an unmanaged identity.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public ConnectorPermissionDeniedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
