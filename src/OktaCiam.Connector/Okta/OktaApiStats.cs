namespace OktaCiam.Connector;

/// <summary>Counts the Okta API calls one connector instance made, retries and token requests included; thread-safe.</summary>
internal sealed class OktaApiStats
{
    private long _requestsSent;
    private long _rateLimited;
    private long _serverErrors;
    private long _tokenRequests;
    private long _rateLimitPauses;

    /// <summary>Gets the HTTP requests sent to Okta, every attempt counted.</summary>
    public long RequestsSent => Interlocked.Read(ref _requestsSent);

    /// <summary>Gets the 429 answers received.</summary>
    public long RateLimited => Interlocked.Read(ref _rateLimited);

    /// <summary>Gets the 5xx answers received.</summary>
    public long ServerErrors => Interlocked.Read(ref _serverErrors);

    /// <summary>Gets the requests to the OAuth token endpoint (also counted in <see cref="RequestsSent"/>).</summary>
    public long TokenRequests => Interlocked.Read(ref _tokenRequests);

    /// <summary>Gets how often a request paused because a rate-limit bucket was near its end.</summary>
    public long RateLimitPauses => Interlocked.Read(ref _rateLimitPauses);

    /// <summary>Returns the current counts.</summary>
    public OktaApiCallCounts Snapshot() => new(RequestsSent, RateLimited, ServerErrors, TokenRequests, RateLimitPauses);

    public void RecordRequest(bool tokenEndpoint)
    {
        Interlocked.Increment(ref _requestsSent);
        if (tokenEndpoint)
        {
            Interlocked.Increment(ref _tokenRequests);
        }
    }

    public void RecordResponse(int status)
    {
        if (status == 429)
        {
            Interlocked.Increment(ref _rateLimited);
        }
        else if (status >= 500)
        {
            Interlocked.Increment(ref _serverErrors);
        }
    }

    public void RecordPause() => Interlocked.Increment(ref _rateLimitPauses);

    public override string ToString() =>
        $"OktaApiStats {{ RequestsSent = {RequestsSent}, RateLimited = {RateLimited}, ServerErrors = {ServerErrors}, TokenRequests = {TokenRequests}, RateLimitPauses = {RateLimitPauses} }}";
}
