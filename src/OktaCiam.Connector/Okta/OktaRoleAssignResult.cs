namespace OktaCiam.Connector;

/// <summary>The outcome of assigning a role: created now, or already held (Okta's 409 E0000090 / E0000263).</summary>
/// <param name="AlreadyAssigned">Whether Okta said the role was already assigned; a retried request that Okta applied the first time also ends here.</param>
/// <param name="Assignment">The created assignment, when Okta returned one.</param>
internal sealed record OktaRoleAssignResult(bool AlreadyAssigned, OktaRoleAssignment? Assignment);
