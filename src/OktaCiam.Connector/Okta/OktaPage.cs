namespace OktaCiam.Connector;

/// <summary>One page of an Okta list, as read by an <see cref="OktaBodyReader{T}"/>, with the path and query of the next page.</summary>
/// <param name="Items">The items the body reader kept (a filtering reader keeps fewer than the page held).</param>
/// <param name="NextPathAndQuery">The next page's path and query on our own org host, or <see langword="null"/> on the last page.</param>
internal sealed record OktaPage<T>(IReadOnlyList<T> Items, string? NextPathAndQuery);
