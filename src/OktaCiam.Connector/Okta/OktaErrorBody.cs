using System.Globalization;
using System.Text.Json;

namespace OktaCiam.Connector;

/// <summary>What an Okta error body said, read defensively: Okta's own shape, <c>{"status","message"}</c>, OAuth's <c>{"error","error_description"}</c>, or nothing usable.</summary>
/// <remarks>Summaries and descriptions can echo request data, so they are kept for flow control and tests only, never put in messages or logs.</remarks>
internal sealed record OktaErrorBody
{
    /// <summary>The most bytes of an error body that are read; Okta's are a few hundred.</summary>
    public const int MaxBytes = 16 * 1024;

    public static OktaErrorBody Empty { get; } = new();

    /// <summary>Gets Okta's <c>errorCode</c> (for example <c>E0000047</c>), or the OAuth <c>error</c> (for example <c>invalid_client</c>).</summary>
    public string? ErrorCode { get; init; }

    public string? ErrorId { get; init; }

    public string? ErrorSummary { get; init; }

    /// <summary>Gets the <c>status</c> member of non-Okta shapes.</summary>
    public int? Status { get; init; }

    /// <summary>Gets whether the error came in OAuth's shape (from the token endpoint).</summary>
    public bool IsOAuth { get; init; }

    /// <summary>Reads the top-level members of an error body; a truncated, non-JSON or unexpected body yields what was read before the problem.</summary>
    public static OktaErrorBody Parse(ReadOnlySpan<byte> json)
    {
        string? errorCode = null, errorId = null, summary = null, oauthError = null, oauthDescription = null, message = null;
        int? status = null;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return Empty;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                if (!reader.Read())
                {
                    break;
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    reader.Skip();
                    continue;
                }

                var text = reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Number => reader.TryGetInt64(out var number) ? number.ToString(CultureInfo.InvariantCulture) : null,
                    _ => null,
                };
                switch (name)
                {
                    case "errorCode": errorCode = text; break;
                    case "errorId": errorId = text; break;
                    case "errorSummary": summary = text; break;
                    case "error": oauthError = text; break;
                    case "error_description": oauthDescription = text; break;
                    case "message": message = text; break;
                    case "status" when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s): status = s; break;
                }
            }
        }
        catch (JsonException)
        {
            // A truncated or malformed body: keep whatever came before the damage.
        }

        return new OktaErrorBody
        {
            ErrorCode = NullIfBlank(errorCode) ?? NullIfBlank(oauthError),
            ErrorId = NullIfBlank(errorId),
            ErrorSummary = NullIfBlank(summary) ?? NullIfBlank(oauthDescription) ?? NullIfBlank(message),
            Status = status,
            IsOAuth = errorCode is null && oauthError is not null,
        };
    }

    /// <summary>Reads at most <see cref="MaxBytes"/> of <paramref name="content"/> and parses it; a failed read yields <see cref="Empty"/>.</summary>
    public static async Task<OktaErrorBody> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var buffer = new byte[MaxBytes];
        var length = 0;
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                int read;
                while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    length += read;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or ObjectDisposedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The error itself is what matters; a body that cannot be read adds nothing.
        }

        return Parse(buffer.AsSpan(0, length));
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    public override string ToString() => $"OktaErrorBody {{ ErrorCode = {ErrorCode}, ErrorId = {ErrorId}, Status = {Status} }}";
}
