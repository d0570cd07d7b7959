namespace OktaCiam.Connector;

/// <summary>A user the write guard has just read directly from Okta and found managed.</summary>
/// <param name="Id">The user's id (also when the caller named it by login).</param>
/// <param name="Status">The user's Okta status at the time of the read, for example ACTIVE or DEPROVISIONED.</param>
internal sealed record OktaGuardedUser(string Id, string Status);
