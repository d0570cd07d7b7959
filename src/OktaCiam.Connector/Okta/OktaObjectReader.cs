namespace OktaCiam.Connector;

/// <summary>Reads a single object's body, returning <see langword="null"/> to treat the object as absent (for example, not managed).</summary>
/// <param name="body">The response body stream, positioned at its start; the reader need not dispose it.</param>
/// <param name="cancellationToken">Cancels the read; it also fires when the body takes longer than the request timeout.</param>
/// <returns>The object, or <see langword="null"/>.</returns>
internal delegate ValueTask<T?> OktaObjectReader<T>(Stream body, CancellationToken cancellationToken)
    where T : class;
