namespace OktaCiam.Connector.Testing;

/// <summary>A fault to inject with <see cref="EmulatorFaults.Add"/>; made by the static factory methods.</summary>
public sealed class EmulatorFault
{
    private EmulatorFault(EmulatorFaultKind kind)
    {
        Kind = kind;
    }

    /// <summary>Gets what the fault does.</summary>
    public EmulatorFaultKind Kind { get; }

    /// <summary>Gets the HTTP status of error faults.</summary>
    public int StatusCode { get; private init; }

    /// <summary>Gets the Okta error code of <see cref="EmulatorFaultKind.ErrorResponse"/> faults.</summary>
    public string? ErrorCode { get; private init; }

    /// <summary>Gets the Okta error summary of <see cref="EmulatorFaultKind.ErrorResponse"/> faults.</summary>
    public string? ErrorSummary { get; private init; }

    /// <summary>Gets the delay of <see cref="EmulatorFaultKind.Latency"/> faults, or the time until the rate-limit reset of <see cref="EmulatorFaultKind.TooManyRequests"/>.</summary>
    public TimeSpan Delay { get; private init; }

    /// <summary>Gets the share of the body kept by <see cref="EmulatorFaultKind.TruncatedBody"/>.</summary>
    public double KeptFraction { get; private init; }

    /// <summary>Gets whether the request is carried out (a write takes effect) before the fault replaces the response.</summary>
    public bool AfterProcessing { get; private init; }

    /// <summary>A 429 <c>E0000047</c> answer whose <c>X-Rate-Limit-Reset</c> lies <paramref name="resetAfter"/> ahead (default 10 seconds).</summary>
    /// <param name="resetAfter">Time from now to the reset.</param>
    /// <returns>The fault.</returns>
    public static EmulatorFault TooManyRequests(TimeSpan? resetAfter = null) =>
        new(EmulatorFaultKind.TooManyRequests) { StatusCode = 429, Delay = resetAfter ?? TimeSpan.FromSeconds(10) };

    /// <summary>A 5xx answer.</summary>
    /// <param name="statusCode">500 (Okta JSON body), or 502, 503, 504 (HTML body from a gateway).</param>
    /// <param name="afterProcessing">Whether the request takes effect before the error is returned.</param>
    /// <returns>The fault.</returns>
    public static EmulatorFault ServerError(int statusCode = 500, bool afterProcessing = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 500);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        return new(EmulatorFaultKind.ServerError) { StatusCode = statusCode, AfterProcessing = afterProcessing };
    }

    /// <summary>An Okta error answer, for example <c>ErrorResponse(409, "E0000268", "Another request is making changes to the role assignments. Please try again.")</c>.</summary>
    /// <param name="statusCode">The HTTP status (400–599).</param>
    /// <param name="errorCode">The Okta error code.</param>
    /// <param name="errorSummary">The error summary.</param>
    /// <param name="afterProcessing">Whether the request takes effect before the error is returned.</param>
    /// <returns>The fault.</returns>
    public static EmulatorFault ErrorResponse(int statusCode, string errorCode, string errorSummary, bool afterProcessing = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        ArgumentException.ThrowIfNullOrEmpty(errorCode);
        ArgumentNullException.ThrowIfNull(errorSummary);
        return new(EmulatorFaultKind.ErrorResponse) { StatusCode = statusCode, ErrorCode = errorCode, ErrorSummary = errorSummary, AfterProcessing = afterProcessing };
    }

    /// <summary>Delays the request on the emulator's clock (advance a fake clock to release it), then serves it normally.</summary>
    /// <param name="delay">The delay.</param>
    /// <returns>The fault.</returns>
    public static EmulatorFault Latency(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return new(EmulatorFaultKind.Latency) { Delay = delay };
    }

    /// <summary>Serves the request but cuts its body off part way (a complete HTTP response with invalid JSON).</summary>
    /// <param name="keptFraction">The share of the body kept, between 0 and 1 (exclusive). Default 0.5.</param>
    /// <returns>The fault.</returns>
    public static EmulatorFault TruncatedBody(double keptFraction = 0.5)
    {
        if (!(keptFraction is >= 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(keptFraction), keptFraction, "keptFraction must be at least 0 and less than 1.");
        }

        return new(EmulatorFaultKind.TruncatedBody) { KeptFraction = keptFraction, AfterProcessing = true };
    }

    /// <summary>Aborts the connection without an answer.</summary>
    /// <param name="afterProcessing">Whether the request takes effect first (the caller cannot know it did).</param>
    /// <returns>The fault.</returns>
    public static EmulatorFault DropConnection(bool afterProcessing = false) =>
        new(EmulatorFaultKind.DropConnection) { AfterProcessing = afterProcessing };

    /// <summary>Closes the connection cleanly (TCP FIN) without an answer, as a proxy or load balancer that gives up does.</summary>
    /// <param name="afterProcessing">Whether the request takes effect first (the caller cannot know it did).</param>
    /// <returns>The fault.</returns>
    /// <remarks>
    /// Unlike <see cref="DropConnection"/> (a reset), a clean close lets .NET's <c>SocketsHttpHandler</c> resend a request
    /// without a body on a new connection by itself, below any retry policy: a client must give requests that must not be
    /// repeated a body (an empty one will do) to stop that.
    /// </remarks>
    public static EmulatorFault CloseConnection(bool afterProcessing = false) =>
        new(EmulatorFaultKind.CloseConnection) { AfterProcessing = afterProcessing };

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        EmulatorFaultKind.ErrorResponse => $"{StatusCode} {ErrorCode}",
        EmulatorFaultKind.ServerError => $"{StatusCode}",
        EmulatorFaultKind.Latency => $"latency {Delay}",
        _ => Kind.ToString(),
    };
}
