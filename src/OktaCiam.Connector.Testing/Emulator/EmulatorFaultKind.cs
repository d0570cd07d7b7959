namespace OktaCiam.Connector.Testing;

/// <summary>What an injected fault does to a request.</summary>
public enum EmulatorFaultKind
{
    /// <summary>429 with <c>E0000047</c> and exhausted rate-limit headers, no Retry-After (as Okta).</summary>
    TooManyRequests,

    /// <summary>A 5xx answer: Okta's JSON <c>E0000009</c> for 500, a gateway HTML page for 502/503/504.</summary>
    ServerError,

    /// <summary>Any Okta error body with the given status and error code (for example 409 <c>E0000268</c> or 403 <c>E0000006</c>).</summary>
    ErrorResponse,

    /// <summary>The request waits on the emulator's clock, then proceeds normally.</summary>
    Latency,

    /// <summary>A well-formed HTTP response whose JSON body is cut off part way.</summary>
    TruncatedBody,

    /// <summary>The connection is aborted without a response (the client sees a reset).</summary>
    DropConnection,

    /// <summary>The connection is closed cleanly (TCP FIN) without a response, as a proxy or load balancer that gives up does.</summary>
    CloseConnection,
}
