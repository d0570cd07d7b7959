namespace OktaCiam.Connector;

/// <summary>System Log endpoints.</summary>
internal sealed partial class OktaClient
{
    /// <summary>Reads one page of <c>GET /api/v1/logs</c> through <paramref name="readBody"/>; a polling query always has a next link.</summary>
    public Task<OktaPage<T>> ListLogEventsAsync<T>(OktaLogQuery query, OktaBodyReader<T> readBody, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return GetPageAsync(query.ToPathAndQuery(), readBody, cancellationToken);
    }

    /// <summary>Reads System Log pages from <paramref name="pathAndQuery"/> (a first query or a checkpoint) until caught up: an empty page, or a next link already read.</summary>
    /// <remarks>Persist the last page's <see cref="OktaPage{T}.NextPathAndQuery"/> as the checkpoint to poll from next time.</remarks>
    public IAsyncEnumerable<OktaPage<OktaLogEvent>> PollLogEventsAsync(string pathAndQuery, CancellationToken cancellationToken = default)
    {
        ValidatePathAndQuery(pathAndQuery);
        return PagesCoreAsync(pathAndQuery, (path, ct) => GetPageAsync(path, OktaJsonReaders.LogEvents, ct), stopWhenCaughtUp: true, cancellationToken);
    }
}
