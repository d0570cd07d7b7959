namespace OktaCiam.Connector;

/// <summary>The filter's verdict on a page without reading any record into a model: counts only.</summary>
/// <param name="RecordCount">How many records the page held.</param>
/// <param name="ManagedCount">How many of them are managed.</param>
/// <param name="Excluded">How many were left out, by reason.</param>
internal readonly record struct PageDecision(int RecordCount, int ManagedCount, ExclusionCounts Excluded);
