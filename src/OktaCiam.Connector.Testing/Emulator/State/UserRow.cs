namespace OktaCiam.Connector.Testing;

/// <summary>A user picked for a response, with the version to render (the index's version for search results).</summary>
internal readonly record struct UserRow(string Id, UserState State);
