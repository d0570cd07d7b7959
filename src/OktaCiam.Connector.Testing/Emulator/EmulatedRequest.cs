namespace OktaCiam.Connector.Testing;

/// <summary>One request the emulator received, as recorded in <see cref="OktaEmulator.Requests"/> (credentials are never recorded).</summary>
public sealed class EmulatedRequest
{
    private volatile int _statusCode;
    private volatile bool _handled;
    private volatile int _fault = -1;

    internal EmulatedRequest(long sequence, DateTimeOffset timestamp, string method, string pathAndQuery, string bucket, string requestId, bool isWrite, string? body)
    {
        Sequence = sequence;
        Timestamp = timestamp;
        Method = method;
        PathAndQuery = pathAndQuery;
        RateLimitBucket = bucket;
        RequestId = requestId;
        IsWrite = isWrite;
        Body = body;
    }

    /// <summary>Gets the order of arrival, starting at 1.</summary>
    public long Sequence { get; }

    /// <summary>Gets when the request arrived, on the emulator's clock.</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>Gets the HTTP method.</summary>
    public string Method { get; }

    /// <summary>Gets the path and query as sent (still percent-encoded).</summary>
    public string PathAndQuery { get; }

    /// <summary>Gets the rate-limit bucket, for example <c>PUT /api/v1/groups/{id}/users/{userId}</c>.</summary>
    public string RateLimitBucket { get; }

    /// <summary>Gets the <c>X-Okta-Request-Id</c> the emulator answered with.</summary>
    public string RequestId { get; }

    /// <summary>Gets whether the request asks to change the org (any method but GET/HEAD under <c>/api/</c>), whatever its outcome.</summary>
    public bool IsWrite { get; }

    /// <summary>Gets the request body of API writes (for example a role assignment), or <see langword="null"/>.</summary>
    public string? Body { get; }

    /// <summary>Gets the status the client received; 0 when the connection was dropped (or the answer is not written yet).</summary>
    public int StatusCode
    {
        get => _statusCode;
        internal set => _statusCode = value;
    }

    /// <summary>Gets whether the emulator carried the request out (false when a fault, the rate limit, authentication or permissions stopped it first).</summary>
    public bool Handled
    {
        get => _handled;
        internal set => _handled = value;
    }

    /// <summary>Gets the fault injected into this request, if any.</summary>
    public EmulatorFaultKind? Fault
    {
        get => _fault < 0 ? null : (EmulatorFaultKind)_fault;
        internal set => _fault = value is { } kind ? (int)kind : -1;
    }

    /// <inheritdoc/>
    public override string ToString() => $"#{Sequence} {Method} {PathAndQuery} -> {StatusCode}{(Fault is { } f ? $" ({f})" : string.Empty)}";
}
