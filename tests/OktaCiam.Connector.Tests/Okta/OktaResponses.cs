using System.Globalization;
using System.Net;
using System.Text;

namespace OktaCiam.Connector.Tests.Okta;

/// <summary>Builds responses the way Okta sends them.</summary>
internal static class OktaResponses
{
    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK, string? requestId = "reqAbc123")
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (requestId is not null)
        {
            response.Headers.TryAddWithoutValidation("X-Okta-Request-Id", requestId);
        }

        return response;
    }

    public static HttpResponseMessage Error(HttpStatusCode status, string errorCode, string summary = "An error", string requestId = "reqErr456") =>
        Json($$"""{"errorCode":"{{errorCode}}","errorSummary":"{{summary}}","errorLink":"{{errorCode}}","errorId":"oaeErr789","errorCauses":[]}""", status, requestId);

    public static HttpResponseMessage NoContent() => new(HttpStatusCode.NoContent);

    public static HttpResponseMessage WithNext(this HttpResponseMessage response, string href)
    {
        response.Headers.TryAddWithoutValidation("Link", $"<{href}>; rel=\"next\"");
        return response;
    }

    public static HttpResponseMessage WithRateLimit(this HttpResponseMessage response, long limit, long remaining, DateTimeOffset reset, DateTimeOffset serverDate)
    {
        response.Headers.TryAddWithoutValidation("X-Rate-Limit-Limit", limit.ToString(CultureInfo.InvariantCulture));
        response.Headers.TryAddWithoutValidation("X-Rate-Limit-Remaining", remaining.ToString(CultureInfo.InvariantCulture));
        response.Headers.TryAddWithoutValidation("X-Rate-Limit-Reset", reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        response.Headers.Date = serverDate;
        return response;
    }

    public static string Users(params string[] ids) =>
        "[" + string.Join(",", ids.Select(id => $$$"""{"id":"{{{id}}}","status":"ACTIVE","profile":{"login":"{{{id}}}@example.com","opal_okta_ciam_managed":true}}""")) + "]";

    /// <summary>A body that sends <paramref name="prefix"/> and then fails like a connection reset mid-body.</summary>
    public static HttpResponseMessage CutOff(string prefix) =>
        new(HttpStatusCode.OK) { Content = new StreamContent(new CutOffStream(Encoding.UTF8.GetBytes(prefix))) { Headers = { { "Content-Type", "application/json" } } } };

    private sealed class CutOffStream(byte[] prefix) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= prefix.Length)
            {
                throw new IOException("The response ended prematurely.");
            }

            var n = Math.Min(count, prefix.Length - _position);
            Array.Copy(prefix, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
