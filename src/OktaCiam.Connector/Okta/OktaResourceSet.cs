namespace OktaCiam.Connector;

/// <summary>A resource set that custom roles are bound to (<c>/api/v1/iam/resource-sets</c>).</summary>
internal sealed class OktaResourceSet
{
    public string? Id { get; set; }

    public string? Label { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset? Created { get; set; }

    public DateTimeOffset? LastUpdated { get; set; }
}
