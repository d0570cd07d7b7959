namespace OktaCiam.Connector;

/// <summary>The innermost handler: counts every request that actually goes on the wire, and its answer.</summary>
internal sealed class OktaStatsHandler(OktaApiStats stats, bool tokenEndpoint) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        stats.RecordRequest(tokenEndpoint);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        stats.RecordResponse((int)response.StatusCode);
        return response;
    }
}
