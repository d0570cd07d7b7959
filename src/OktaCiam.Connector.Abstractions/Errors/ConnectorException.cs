namespace OktaCiam.Connector.Abstractions;

/// <summary>The base of every error a connector reports; connectors throw these instead of raw transport exceptions.</summary>
/// <remarks>
/// Messages never contain secrets (tokens, keys) or identities the connector does not manage. The properties carry
/// what a host needs for support and flow control: the target system's error code, the HTTP status and the request id.
/// </remarks>
public abstract class ConnectorException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ConnectorException"/> class.</summary>
    protected ConnectorException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorException"/> class.</summary>
    /// <param name="message">What happened and what to do about it.</param>
    protected ConnectorException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorException"/> class.</summary>
    /// <param name="message">What happened and what to do about it.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    protected ConnectorException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the target system's own error code (for example an Okta <c>errorCode</c>), when it gave one.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Gets the HTTP status code of the failed response, when there was one.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Gets the target system's id of the failed request, to quote to its support, when it gave one.</summary>
    public string? RequestId { get; init; }

    /// <summary>Gets the target system's id of the error instance, when it gave one.</summary>
    public string? ErrorId { get; init; }
}
