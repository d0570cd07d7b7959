using System.Globalization;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace OktaCiam.Connector.Testing;

public sealed partial class OktaEmulator
{
    private async Task HandleAsync(HttpContext http)
    {
        var now = Options.TimeProvider.GetUtcNow();
        var sequence = Interlocked.Increment(ref _sequence);
        var requestId = RequestId(sequence);
        var method = http.Request.Method;
        var rawTarget = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.ToUriComponent() + http.Request.QueryString.ToUriComponent();
        var queryStart = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var rawPath = queryStart < 0 ? rawTarget : rawTarget[..queryStart];
        var route = _router.Match(method, rawPath, out var args, out var pathKnown);
        var bucket = route?.Bucket ?? Router.UnknownBucket(method);
        var isWrite = !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && rawPath.StartsWith("/api/", StringComparison.Ordinal);
        var body = await ReadBodyAsync(http).ConfigureAwait(false);
        var entry = new EmulatedRequest(sequence, now, method, rawTarget, bucket, requestId, isWrite, isWrite && body is { Length: > 0 } ? Encoding.UTF8.GetString(body) : null);
        LogRequest(entry);

        var headers = http.Response.Headers;
        headers["X-Okta-Request-Id"] = requestId;
        headers.Date = now.ToString("R", CultureInfo.InvariantCulture);
        headers.CacheControl = "no-cache, no-store";
        headers.Pragma = "no-cache";
        headers.Expires = "0";

        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping.Token);
        var fault = Faults.Match(method, rawPath);
        EmulatorResponse? response = null;
        var inFlight = Interlocked.Increment(ref _inFlight);
        RaisePeak(inFlight);
        var overConcurrency = Options.ConcurrencyLimit is { } concurrency && inFlight > concurrency;
        try
        {
            if (fault is { Kind: EmulatorFaultKind.Latency } && !overConcurrency)
            {
                entry.Fault = fault.Kind;
                await Task.Delay(fault.Delay, Options.TimeProvider, aborted.Token).ConfigureAwait(false);
                fault = null;
            }

            var decision = _rateLimiter.Consume(bucket);
            if (overConcurrency)
            {
                // Okta reports concurrency violations as a 429 with the usual body.
                fault = null;
                response = EmulatorResponse.Error(429, "E0000047", "API call exceeded rate limit due to too many requests.");
            }
            else if (fault is { AfterProcessing: false })
            {
                entry.Fault = fault.Kind;
                if (fault.Kind is EmulatorFaultKind.DropConnection or EmulatorFaultKind.CloseConnection)
                {
                    Disconnect(http, fault.Kind);
                    return;
                }

                if (fault.Kind == EmulatorFaultKind.TooManyRequests)
                {
                    decision = _rateLimiter.Exhausted(bucket, fault.Delay);
                }

                response = FaultResponse(fault);
            }
            else if (!decision.Allowed)
            {
                response = EmulatorResponse.Error(429, "E0000047", "API call exceeded rate limit due to too many requests.");
            }
            else if (route is null)
            {
                response = pathKnown
                    ? EmulatorResponse.Error(405, "E0000022", "The endpoint does not support the provided HTTP method")
                    : EmulatorResponse.NotFound(rawPath, "Endpoint");
            }
            else
            {
                response = await DispatchAsync(http, route, args, body, requestId, entry).ConfigureAwait(false);
            }

            headers["X-Rate-Limit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
            headers["X-Rate-Limit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
            headers["X-Rate-Limit-Reset"] = decision.ResetEpochSeconds.ToString(CultureInfo.InvariantCulture);

            var keep = 1.0;
            if (fault is { AfterProcessing: true })
            {
                entry.Fault = fault.Kind;
                switch (fault.Kind)
                {
                    case EmulatorFaultKind.DropConnection or EmulatorFaultKind.CloseConnection:
                        Disconnect(http, fault.Kind);
                        return;
                    case EmulatorFaultKind.TruncatedBody:
                        keep = fault.KeptFraction;
                        break;
                    default:
                        response.Dispose();
                        response = FaultResponse(fault);
                        break;
                }
            }

            // Recorded before the answer leaves, so a test that reads the log right after its call sees the outcome.
            entry.StatusCode = response.Status;
            await WriteAsync(http, response, keep, aborted.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            http.Abort();
        }
        catch (Exception e) when (!http.Response.HasStarted)
        {
            // An emulator bug: answer like Okta's 500 and name the failure, so the test that hit it can say what broke.
            response?.Dispose();
            response = EmulatorResponse.Error(500, "E0000009", "Internal Server Error", $"Emulator failure: {e.GetType().Name}: {e.Message}");
            entry.StatusCode = 500;
            await WriteAsync(http, response, 1.0, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
            response?.Dispose();
        }
    }

    private void RaisePeak(int inFlight)
    {
        var peak = Volatile.Read(ref _peakInFlight);
        while (inFlight > peak)
        {
            var seen = Interlocked.CompareExchange(ref _peakInFlight, inFlight, peak);
            if (seen == peak)
            {
                return;
            }

            peak = seen;
        }
    }

    private async ValueTask<EmulatorResponse> DispatchAsync(HttpContext http, Route route, string[] args, byte[]? body, string requestId, EmulatedRequest entry)
    {
        var principal = Principal.ApiToken;
        var actor = LogActor.System;
        if (route.Scope is not null)
        {
            var (authenticated, failure) = Authenticate(http);
            if (authenticated is null)
            {
                return failure!;
            }

            principal = authenticated;
            lock (Org.Gate)
            {
                if (!Org.IsPermittedLocked(principal, route.Scope))
                {
                    var denied = EmulatorResponse.Error(403, "E0000006", "You do not have permission to perform the requested action");
                    if (!principal.IsApiToken)
                    {
                        denied.WithHeader("WWW-Authenticate", $"Bearer authorization_uri=\"{BaseUrl}oauth2/v1/authorize\", realm=\"IdpError\", scope=\"{route.Scope}\", error=\"insufficient_scope\", error_description=\"The access token provided does not contain the required scopes.\", resource=\"{route.Template}\"");
                    }

                    return denied;
                }

                actor = principal.IsApiToken
                    ? Org.UserTargetLocked(Org.TokenOwnerPositionLocked)
                    : new LogActor(principal.ClientId!, "PublicClientApp", principal.ClientId!, principal.ClientId!);
            }
        }

        var context = new RequestContext
        {
            Http = http,
            Emulator = this,
            Args = args,
            Principal = principal,
            Actor = actor,
            RequestId = requestId,
            Render = RenderFor(http.Request),
            Body = body,
        };
        var response = await route.Handler(context).ConfigureAwait(false);
        entry.Handled = true;
        return response;
    }

    private (Principal? Principal, EmulatorResponse? Failure) Authenticate(HttpContext http)
    {
        var authorization = http.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("SSWS ", StringComparison.OrdinalIgnoreCase))
        {
            var presented = Encoding.UTF8.GetBytes(authorization[5..].Trim());
            if (!CryptographicOperations.FixedTimeEquals(presented, _apiTokenBytes))
            {
                return (null, InvalidToken());
            }

            lock (Org.Gate)
            {
                return Org.ApiTokenValidLocked() ? (Principal.ApiToken, null) : (null, InvalidToken());
            }
        }

        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var principal = Tokens.Validate(authorization[7..].Trim());
            return principal is null
                ? (null, InvalidToken().WithHeader("WWW-Authenticate", "Bearer authorization_uri=\"" + BaseUrl + "oauth2/v1/authorize\", realm=\"IdpError\", error=\"invalid_token\", error_description=\"The token is not valid.\""))
                : (principal, null);
        }

        return (null, InvalidToken());
    }

    private static void Disconnect(HttpContext http, EmulatorFaultKind kind)
    {
        if (kind == EmulatorFaultKind.CloseConnection && http.Features.Get<IConnectionSocketFeature>()?.Socket is { } socket)
        {
            try
            {
                // A FIN with the request fully read: the client sees the connection end, not a reset.
                socket.Shutdown(SocketShutdown.Both);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                // Already gone: the abort below finishes it either way.
            }
        }

        http.Abort();
    }

    private static EmulatorResponse InvalidToken() => EmulatorResponse.Error(401, "E0000011", "Invalid token provided");

    private static EmulatorResponse FaultResponse(EmulatorFault fault) => fault.Kind switch
    {
        EmulatorFaultKind.TooManyRequests => EmulatorResponse.Error(429, "E0000047", "API call exceeded rate limit due to too many requests."),
        EmulatorFaultKind.ServerError when fault.StatusCode == 500 => EmulatorResponse.Error(500, "E0000009", "Internal Server Error"),
        EmulatorFaultKind.ServerError => EmulatorResponse.Text(
            fault.StatusCode,
            "text/html",
            $"<html><head><title>{fault.StatusCode} Service Unavailable</title></head><body><h1>{fault.StatusCode}</h1><p>The service is temporarily unavailable.</p></body></html>"),
        EmulatorFaultKind.ErrorResponse => EmulatorResponse.Error(fault.StatusCode, fault.ErrorCode!, fault.ErrorSummary!),
        _ => EmulatorResponse.Error(500, "E0000009", "Internal Server Error"),
    };

    private RenderOptions RenderFor(HttpRequest request)
    {
        var hints = request.Headers.ContentType.ToString() + ";" + request.Headers["okta-response"].ToString();
        if (!hints.Contains("omit", StringComparison.Ordinal))
        {
            return Render;
        }

        return Render with
        {
            OmitCredentials = hints.Contains("omitCredentials,", StringComparison.Ordinal) || hints.EndsWith("omitCredentials", StringComparison.Ordinal) || hints.Contains("omitCredentials;", StringComparison.Ordinal),
            OmitCredentialsLinks = hints.Contains("omitCredentialsLinks", StringComparison.Ordinal),
        };
    }

    private static async Task WriteAsync(HttpContext http, EmulatorResponse response, double keep, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            http.Response.Headers.Append(name, value);
        }

        if (response.Body is not { } body)
        {
            http.Response.ContentLength = 0;
            return;
        }

        var bytes = body.WrittenMemory;
        if (keep < 1.0)
        {
            bytes = bytes[..(int)(bytes.Length * keep)];
        }

        http.Response.ContentType = response.ContentType;
        http.Response.ContentLength = bytes.Length;
        await http.Response.Body.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpContext http)
    {
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || http.Request.ContentLength == 0)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private string RequestId(long sequence)
    {
        Span<char> chars = stackalloc char[27];
        Base62.Write(chars[..11], Mix.SplitMix(Org.Key ^ (ulong)sequence));
        chars[11] = '-';
        Base62.Write(chars.Slice(12, 11), Mix.SplitMix(Org.Key + (ulong)sequence));
        chars[23] = 'A';
        chars[24] = 'A';
        chars[25] = 'A';
        chars[26] = 'B';
        return new string(chars);
    }
}
