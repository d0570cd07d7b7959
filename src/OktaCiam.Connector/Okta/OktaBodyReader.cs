namespace OktaCiam.Connector;

/// <summary>Reads one list page's body (a JSON array) into the items to keep, without needing to materialise the rest.</summary>
/// <param name="body">The response body stream, positioned at its start; the reader need not dispose it.</param>
/// <param name="cancellationToken">Cancels the read; it also fires when the body takes longer than the request timeout.</param>
/// <returns>The kept items.</returns>
/// <remarks>Throw <see cref="System.Text.Json.JsonException"/> for a malformed body; the client turns it (and a truncated stream) into a protocol error.</remarks>
internal delegate ValueTask<IReadOnlyList<T>> OktaBodyReader<T>(Stream body, CancellationToken cancellationToken);
