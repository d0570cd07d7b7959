namespace OktaCiam.Connector.Access;

/// <summary>How far a snapshot read has come; reported through <see cref="IProgress{T}"/>.</summary>
/// <param name="Stage">What is being read: <c>users</c>, <c>groups</c>, <c>members</c> or <c>resources</c>.</param>
/// <param name="Done">Items read in this stage so far.</param>
/// <param name="Total">Items expected in this stage, when known.</param>
public sealed record SnapshotProgress(string Stage, int Done, int? Total);
