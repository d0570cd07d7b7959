using System.Text;
using System.Text.Json;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Cli;

/// <summary>Writes validation checks as <c>okta-ciam validate --format json</c>'s document.</summary>
internal static class ValidationJsonWriter
{
    public static async Task WriteAsync(IReadOnlyList<ValidationCheck> checks, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteBoolean("ok", !ValidateCommand.Blocking(checks));
            json.WriteStartArray("checks");
            foreach (var check in checks)
            {
                json.WriteStartObject();
                json.WriteString("key", check.Key);
                json.WriteString("name", check.Name);
                json.WriteString("usageReason", check.UsageReason);
                json.WriteString("details", check.Details);
                json.WriteString("severity", ValidationTableWriter.Severity(check.Severity));
                json.WriteString("status", check.Status.ToString().ToUpperInvariant());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        await output.WriteLineAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
    }
}
