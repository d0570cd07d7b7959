namespace OktaCiam.Connector.Abstractions;

/// <summary>The connector refused the operation before sending it, because a safety policy forbids it (for example, the target is not a managed identity).</summary>
public sealed class ConnectorPolicyRefusedException : ConnectorException
{
    /// <summary>Initializes a new instance of the <see cref="ConnectorPolicyRefusedException"/> class.</summary>
    public ConnectorPolicyRefusedException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorPolicyRefusedException"/> class.</summary>
    /// <param name="message">What happened and what to do about it; never a secret or an unmanaged identity.</param>
    public ConnectorPolicyRefusedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorPolicyRefusedException"/> class.</summary>
    /// <param name="message">What happened and what to do about it; never a secret or an unmanaged identity.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public ConnectorPolicyRefusedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
