using System.Text;
using System.Text.Json;

namespace OktaCiam.Connector.Testing;

/// <summary>A rendered answer: status, body and extra headers; the pipeline adds the common headers and any fault.</summary>
internal sealed class EmulatorResponse : IDisposable
{
    private static long s_errorCounter;

    private EmulatorResponse(int status) => Status = status;

    public int Status { get; }

    public PooledBufferWriter? Body { get; private set; }

    public string ContentType { get; private set; } = "application/json";

    public List<KeyValuePair<string, string>> Headers { get; } = [];

    public static EmulatorResponse Json(int status, Action<Utf8JsonWriter> write, int initialCapacity = 4096)
    {
        var response = new EmulatorResponse(status) { Body = new PooledBufferWriter(initialCapacity) };
        using (var writer = new Utf8JsonWriter(response.Body, OktaJson.WriterOptions))
        {
            write(writer);
        }

        return response;
    }

    public static EmulatorResponse NoContent() => new(204);

    public static EmulatorResponse Text(int status, string contentType, string text)
    {
        var response = new EmulatorResponse(status) { Body = new PooledBufferWriter(text.Length * 3), ContentType = contentType };
        var bytes = Encoding.UTF8.GetBytes(text);
        bytes.CopyTo(response.Body.GetSpan(bytes.Length));
        response.Body.Advance(bytes.Length);
        return response;
    }

    /// <summary>Okta's error body: errorCode, errorSummary, errorLink, errorId, errorCauses.</summary>
    public static EmulatorResponse Error(int status, string errorCode, string errorSummary, params string[] causes) => Json(status, w =>
    {
        w.WriteStartObject();
        w.WriteString("errorCode", errorCode);
        w.WriteString("errorSummary", errorSummary);
        w.WriteString("errorLink", errorCode);
        w.WriteString("errorId", NewErrorId());
        w.WriteStartArray("errorCauses");
        foreach (var cause in causes)
        {
            w.WriteStartObject();
            w.WriteString("errorSummary", cause);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }, 512);

    public static EmulatorResponse NotFound(string id, string kind) => Error(404, "E0000007", $"Not found: Resource not found: {id} ({kind})");

    public static EmulatorResponse Invalid(string summary, params string[] causes) => Error(400, "E0000001", "Api validation failed: " + summary, causes);

    public EmulatorResponse WithHeader(string name, string value)
    {
        Headers.Add(new(name, value));
        return this;
    }

    public void Dispose() => Body?.Dispose();

    private static string NewErrorId()
    {
        Span<char> chars = stackalloc char[25];
        "oae".AsSpan().CopyTo(chars);
        var n = (ulong)Interlocked.Increment(ref s_errorCounter);
        Base62.Write(chars.Slice(3, 11), Mix.SplitMix(n));
        Base62.Write(chars.Slice(14, 11), Mix.SplitMix(n + 0x5EED));
        return new string(chars);
    }
}
