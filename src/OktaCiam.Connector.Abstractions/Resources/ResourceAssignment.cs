namespace OktaCiam.Connector.Abstractions;

/// <summary>A principal holding a resource at an access level.</summary>
public sealed record ResourceAssignment
{
    /// <summary>Gets the resource's id.</summary>
    public required string ResourceId { get; init; }

    /// <summary>Gets the id of the user or group holding the resource.</summary>
    public required string PrincipalId { get; init; }

    /// <summary>Gets whether the holder is a user or a group.</summary>
    public PrincipalKind PrincipalKind { get; init; }

    /// <summary>Gets the access level's id; <see cref="AccessLevel.DefaultId"/> for resources without levels.</summary>
    public string AccessLevelId { get; init; } = AccessLevel.DefaultId;

    /// <summary>Gets the id of the group a user's assignment is inherited from, or <see langword="null"/> for a direct assignment.</summary>
    /// <remarks>An inherited assignment can only be removed on the group.</remarks>
    public string? InheritedFromGroupId { get; init; }

    /// <summary>Gets a value indicating whether the assignment is inherited from a group.</summary>
    public bool IsInherited => InheritedFromGroupId is not null;
}
