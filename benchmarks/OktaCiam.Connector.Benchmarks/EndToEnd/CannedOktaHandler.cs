using System.Globalization;
using System.Net;

namespace OktaCiam.Connector.Benchmarks;

/// <summary>
/// The primary handler of the benchmark's <see cref="HttpClient"/> pipeline: answers <c>GET /api/v1/users</c> (list and
/// search) and <c>GET /api/v1/users/{id}</c> from a <see cref="CannedOktaTenant"/>, with Okta's <c>Link: rel="next"</c>
/// headers, without a network. Counts the requests it answered.
/// </summary>
internal sealed class CannedOktaHandler(CannedOktaTenant tenant, string orgUrl) : HttpMessageHandler
{
    private const string UsersPath = "/api/v1/users";
    private readonly string _listBase = orgUrl.TrimEnd('/') + UsersPath + "?limit=200&after=";
    private readonly string _searchBase = orgUrl.TrimEnd('/') + UsersPath + "?search=" + Uri.EscapeDataString(CannedOktaTenant.SearchExpression) + "&limit=200&after=";
    private long _requests;

    /// <summary>Gets the requests answered so far.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        var uri = request.RequestUri!;
        var path = uri.AbsolutePath;
        if (request.Method != HttpMethod.Get || !path.StartsWith(UsersPath, StringComparison.Ordinal))
        {
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request });
        }

        if (path.Length > UsersPath.Length + 1)
        {
            return Task.FromResult(tenant.UserObjects.TryGetValue(path[(UsersPath.Length + 1)..], out var user)
                ? Answer(request, user, next: null)
                : new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request });
        }

        var query = uri.Query;
        var page = After(query);
        if (query.Contains("search=", StringComparison.Ordinal))
        {
            var pages = tenant.SearchPages;
            return Task.FromResult(Answer(request, pages[page], page + 1 < pages.Length ? _searchBase + (page + 1).ToString(CultureInfo.InvariantCulture) : null));
        }

        var body = tenant.FullScanPages[page % tenant.FullScanPages.Length];
        return Task.FromResult(Answer(request, body, page + 1 < tenant.FullScanPageCount ? _listBase + (page + 1).ToString(CultureInfo.InvariantCulture) : null));
    }

    private static int After(string query)
    {
        var at = query.IndexOf("after=", StringComparison.Ordinal);
        if (at < 0)
        {
            return 0;
        }

        var rest = query.AsSpan(at + "after=".Length);
        var end = rest.IndexOf('&');
        return int.Parse(end < 0 ? rest : rest[..end], CultureInfo.InvariantCulture);
    }

    private static HttpResponseMessage Answer(HttpRequestMessage request, byte[] body, string? next)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new ByteArrayContent(body) };
        response.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        if (next is not null)
        {
            response.Headers.TryAddWithoutValidation("Link", "<" + next + ">; rel=\"next\"");
        }

        return response;
    }
}
