namespace OktaCiam.Connector;

/// <summary>One list page after filtering: the managed records, read with the caller's model, and what was left out.</summary>
/// <typeparam name="T">The caller's record model.</typeparam>
/// <param name="Managed">The managed records, in page order.</param>
/// <param name="RecordCount">How many records the page held, managed or not.</param>
/// <param name="Excluded">How many records were left out, by reason.</param>
internal sealed record FilteredPage<T>(IReadOnlyList<T> Managed, int RecordCount, ExclusionCounts Excluded);
