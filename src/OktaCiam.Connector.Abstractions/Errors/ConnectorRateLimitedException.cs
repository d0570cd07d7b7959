namespace OktaCiam.Connector.Abstractions;

/// <summary>The target system's rate limit was exhausted and the connector's own retries were spent.</summary>
public sealed class ConnectorRateLimitedException : ConnectorException
{
    /// <summary>Initializes a new instance of the <see cref="ConnectorRateLimitedException"/> class.</summary>
    public ConnectorRateLimitedException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorRateLimitedException"/> class.</summary>
    /// <param name="message">What happened and what to do about it.</param>
    public ConnectorRateLimitedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorRateLimitedException"/> class.</summary>
    /// <param name="message">What happened and what to do about it.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public ConnectorRateLimitedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets how long to wait before trying again, when the target system said so.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
