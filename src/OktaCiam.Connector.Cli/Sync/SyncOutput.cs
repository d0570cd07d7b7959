namespace OktaCiam.Connector.Cli;

/// <summary>Where and how <c>okta-ciam sync</c> writes its result.</summary>
/// <param name="Format"><see cref="SyncCommand.Table"/> or <see cref="SyncCommand.Json"/>.</param>
/// <param name="File">The file to write, or <see langword="null"/> for standard output.</param>
/// <param name="MaxRows">The most rows each table lists.</param>
internal sealed record SyncOutput(string Format, FileInfo? File, int MaxRows = int.MaxValue);
