namespace OktaCiam.Connector.Abstractions;

/// <summary>A level at which a resource can be held (for an Okta custom role: the resource set it applies to).</summary>
/// <param name="Id">The access level's id, unique within its resource.</param>
/// <param name="Name">The access level's display name.</param>
public sealed record AccessLevel(string Id, string Name)
{
    /// <summary>The id of the single implicit level of a resource that has no levels of its own.</summary>
    public const string DefaultId = "";
}
