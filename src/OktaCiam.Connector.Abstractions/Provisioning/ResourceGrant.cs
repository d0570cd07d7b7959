namespace OktaCiam.Connector.Abstractions;

/// <summary>A principal, a resource and an access level: what a grant gives and a revoke takes away.</summary>
public sealed record ResourceGrant : ProvisioningRequest
{
    /// <summary>Gets the id of the user or group to grant to or revoke from.</summary>
    public required string PrincipalId { get; init; }

    /// <summary>Gets whether <see cref="PrincipalId"/> names a user or a group. Default <see cref="PrincipalKind.User"/>.</summary>
    public PrincipalKind PrincipalKind { get; init; }

    /// <summary>Gets the resource's id.</summary>
    public required string ResourceId { get; init; }

    /// <summary>Gets the access level's id; <see cref="AccessLevel.DefaultId"/> for resources without levels.</summary>
    public string AccessLevelId { get; init; } = AccessLevel.DefaultId;
}
