namespace OktaCiam.Connector;

/// <summary>One page of a managed user or group list, before mapping to SDK models.</summary>
/// <typeparam name="T">The Okta model.</typeparam>
/// <param name="Items">The managed records to return.</param>
/// <param name="Next">The cursor of the next page, or <see langword="null"/> on the last.</param>
/// <param name="Completed">Every managed id the walk saw, when this page completed a walk with no page missed.</param>
internal sealed record OktaListPage<T>(IReadOnlyList<T> Items, OktaReadCursor? Next, IReadOnlyCollection<string>? Completed);
