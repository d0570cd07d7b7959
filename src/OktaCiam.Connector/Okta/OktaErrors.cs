using Polly.RateLimiting;
using Polly.Timeout;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector;

/// <summary>Turns every Okta failure into the SDK's exception family, through one table; messages say what to do and never hold tokens, bodies or identities.</summary>
internal static class OktaErrors
{
    /// <summary>The one table: HTTP status and Okta (or OAuth) error code to exception kind and advice.</summary>
    public static (OktaErrorKind Kind, string Advice) Classify(int status, string? errorCode) => (status, errorCode) switch
    {
        (_, "invalid_client" or "unauthorized_client") => (OktaErrorKind.Unauthenticated,
            "Okta's token endpoint rejected the service app's client assertion: check OAuth:ClientId and OAuth:KeyId, and that the app has this private key's public key registered"),
        (_, "invalid_scope") => (OktaErrorKind.PermissionDenied,
            "the service app was not granted the requested scopes: grant them under Okta API Scopes in the Admin Console, or remove them from OAuth:Scopes"),
        (_, "invalid_dpop_proof" or "use_dpop_nonce") => (OktaErrorKind.Configuration,
            "the service app requires DPoP, which this connector does not send: turn off \"Require Demonstrating Proof of Possession (DPoP)\" on the service app"),
        (_, "invalid_grant" or "unsupported_grant_type") => (OktaErrorKind.Configuration,
            "the service app does not allow the client-credentials grant: enable it for the app in the Admin Console"),
        (401, _) => (OktaErrorKind.Unauthenticated,
            "Okta rejected the credentials (invalid, expired or revoked): set a valid ApiToken, or check the OAuth service app"),
        (403, "E0000038") => (OktaErrorKind.Rejected, "the operation is not allowed in the user's current status"),
        (403, _) => (OktaErrorKind.PermissionDenied,
            "the credentials lack the permission for this operation: give the token's admin (or the service app) the admin role and OAuth scope it needs"),
        (404, _) => (OktaErrorKind.NotFound, "the object does not exist in Okta, or the credentials may not see it"),
        (409, "E0000090" or "E0000263") => (OktaErrorKind.Rejected, "the role is already assigned"),
        (409, "E0000268") => (OktaErrorKind.Transient, "a concurrent change to the same object conflicted and the retries were spent: try again later"),
        (429, _) => (OktaErrorKind.RateLimited,
            "Okta's rate limit for this endpoint is exhausted and the retries were spent: wait for RetryAfter, or lower Http:MaxConcurrentRequests or raise Http:RateLimitHeadroom"),
        (400, "E0000031") => (OktaErrorKind.Rejected, "Okta refused the search expression: check its syntax and that the attribute exists and is searchable"),
        (400, "E0000053") => (OktaErrorKind.Rejected, "Okta refused the filter expression: filter takes only status, lastUpdated, id, login, email and names"),
        (400, _) => (OktaErrorKind.Rejected, "Okta refused the request as invalid"),
        (503, "E0000100") => (OktaErrorKind.Transient, "Okta's search is temporarily unavailable: try again later"),
        (>= 500 and <= 599, _) => (OktaErrorKind.Transient, "Okta had a server error and the retries were spent: try again later"),
        (>= 400 and <= 499, _) => (OktaErrorKind.Rejected, "Okta refused the request"),
        _ => (OktaErrorKind.Protocol, "Okta answered with a status the connector does not expect"),
    };

    /// <summary>Creates the exception for an error response.</summary>
    public static ConnectorException FromResponse(string endpoint, int status, OktaErrorBody body, string? requestId, TimeSpan? retryAfter = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        var code = Safe(body.ErrorCode, 40);
        var (kind, advice) = Classify(status, code);
        var message = $"Okta answered {status}{(code is null ? string.Empty : $" ({code})")} to {endpoint}: {advice}.{RequestIdNote(requestId)}";
        return Create(kind, message, null, code, status, requestId, Safe(body.ErrorId, 64), retryAfter);
    }

    /// <summary>Creates the exception for a request that got no response (timeout, dropped connection, concurrency queue full).</summary>
    public static ConnectorException FromTransport(string endpoint, Exception exception, TimeSpan requestTimeout)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception switch
        {
            TimeoutRejectedException or TimeoutException or OperationCanceledException =>
                $"Okta did not answer {endpoint} within Http:RequestTimeout ({requestTimeout}), and the retries were spent: check connectivity to the org, or raise Http:RequestTimeout.",
            RateLimiterRejectedException =>
                $"The request {endpoint} could not get a connection slot: raise Http:MaxConcurrentRequests or issue fewer requests at once.",
            HttpRequestException http =>
                $"The connection to Okta failed during {endpoint} ({http.HttpRequestError}), and the retries were spent where retrying is safe: check network access to the org URL.",
            _ => $"The connection to Okta failed during {endpoint}: check network access to the org URL.",
        };
        return new ConnectorTransientException(message, exception);
    }

    /// <summary>Creates the exception for a success response whose body is truncated, malformed or not JSON; nothing of it was used.</summary>
    public static ConnectorProtocolException MalformedBody(string endpoint, int status, string? requestId, Exception? exception) =>
        new($"Okta's response to {endpoint} was truncated or is not the JSON expected, so none of it was used: retry, and if it persists report the Okta request id.{RequestIdNote(requestId)}", exception)
        {
            StatusCode = status,
            RequestId = requestId,
        };

    /// <summary>Creates the exception for a success body that took longer than the request timeout to arrive.</summary>
    public static ConnectorTransientException SlowBody(string endpoint, int status, string? requestId, TimeSpan requestTimeout, Exception exception) =>
        new($"Okta's response to {endpoint} did not arrive within Http:RequestTimeout ({requestTimeout}): retry, or raise Http:RequestTimeout.{RequestIdNote(requestId)}", exception)
        {
            StatusCode = status,
            RequestId = requestId,
        };

    /// <summary>Keeps an identifier from a response only when it looks like one (letters, digits, '-', '_', '.'), so a hostile value cannot reach a message.</summary>
    public static string? Safe(string? value, int maxLength)
    {
        if (string.IsNullOrEmpty(value) || value.Length > maxLength)
        {
            return null;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.'))
            {
                return null;
            }
        }

        return value;
    }

    private static string RequestIdNote(string? requestId) => requestId is null ? string.Empty : $" Okta request id: {requestId}.";

    private static ConnectorException Create(
        OktaErrorKind kind, string message, Exception? inner, string? code, int status, string? requestId, string? errorId, TimeSpan? retryAfter) => kind switch
    {
        OktaErrorKind.Unauthenticated => new ConnectorUnauthenticatedException(message, inner) { ErrorCode = code, StatusCode = status, RequestId = requestId, ErrorId = errorId },
        OktaErrorKind.PermissionDenied => new ConnectorPermissionDeniedException(message, inner) { ErrorCode = code, StatusCode = status, RequestId = requestId, ErrorId = errorId },
        OktaErrorKind.NotFound => new ConnectorNotFoundException(message, inner) { ErrorCode = code, StatusCode = status, RequestId = requestId, ErrorId = errorId },
        OktaErrorKind.RateLimited => new ConnectorRateLimitedException(message, inner) { ErrorCode = code, StatusCode = status, RequestId = requestId, ErrorId = errorId, RetryAfter = retryAfter },
        OktaErrorKind.Transient => new ConnectorTransientException(message, inner) { ErrorCode = code, StatusCode = status, RequestId = requestId, ErrorId = errorId },
        OktaErrorKind.Rejected => new ConnectorRejectedException(message, inner) { ErrorCode = code, StatusCode = status, RequestId = requestId, ErrorId = errorId },
        OktaErrorKind.Configuration => new ConnectorConfigurationException(message, inner) { ErrorCode = code, StatusCode = status, RequestId = requestId, ErrorId = errorId },
        _ => new ConnectorProtocolException(message, inner) { ErrorCode = code, StatusCode = status, RequestId = requestId, ErrorId = errorId },
    };
}
