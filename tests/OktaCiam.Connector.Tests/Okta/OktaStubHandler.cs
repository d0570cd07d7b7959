namespace OktaCiam.Connector.Tests.Okta;

/// <summary>A fake Okta behind the HTTP pipeline: records every request that reaches the wire and answers with canned responses.</summary>
internal sealed class OktaStubHandler(TimeProvider timeProvider, Func<OktaStubRequest, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    private readonly List<OktaStubRequest> _requests = [];
    private int _count;

    public IReadOnlyList<OktaStubRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var captured = await OktaStubRequest.CaptureAsync(request, Interlocked.Increment(ref _count), timeProvider.GetUtcNow());
        lock (_requests)
        {
            _requests.Add(captured);
        }

        var response = await respond(captured, cancellationToken);
        response.RequestMessage = request;
        return response;
    }

    // The factory disposes handlers it rotates out; the stub outlives that.
    protected override void Dispose(bool disposing)
    {
    }
}
