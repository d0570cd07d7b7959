namespace OktaCiam.Connector;

/// <summary>A group the write guard has just read directly from Okta and found managed and writable (an OKTA_GROUP).</summary>
/// <param name="Id">The group's id.</param>
internal sealed record OktaGuardedGroup(string Id);
