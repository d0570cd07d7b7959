namespace OktaCiam.Connector.Abstractions;

/// <summary>A user's membership in a group.</summary>
/// <param name="GroupId">The group's id.</param>
/// <param name="UserId">The member's user id.</param>
public sealed record GroupMember(string GroupId, string UserId);
