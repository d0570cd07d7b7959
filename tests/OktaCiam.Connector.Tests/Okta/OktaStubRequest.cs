using System.Net.Http.Headers;

namespace OktaCiam.Connector.Tests.Okta;

/// <summary>What a stubbed Okta saw of one request, captured before it answered.</summary>
internal sealed record OktaStubRequest(
    int Number,
    HttpMethod Method,
    Uri Uri,
    AuthenticationHeaderValue? Authorization,
    string? UserAgent,
    string? Accept,
    string? ContentType,
    long? ContentLength,
    string? Body,
    DateTimeOffset At)
{
    public string PathAndQuery => Uri.PathAndQuery;

    public static async Task<OktaStubRequest> CaptureAsync(HttpRequestMessage request, int number, DateTimeOffset at)
    {
        string? contentType = null;
        long? contentLength = null;
        string? body = null;
        if (request.Content is { } content)
        {
            contentType = content.Headers.TryGetValues("Content-Type", out var values) ? string.Join(",", values) : null;
            contentLength = content.Headers.ContentLength;
            body = await content.ReadAsStringAsync();
        }

        return new OktaStubRequest(
            number,
            request.Method,
            request.RequestUri!,
            request.Headers.Authorization,
            request.Headers.TryGetValues("User-Agent", out var ua) ? string.Join(" ", ua) : null,
            request.Headers.TryGetValues("Accept", out var accept) ? string.Join(",", accept) : null,
            contentType,
            contentLength,
            body,
            at);
    }
}
