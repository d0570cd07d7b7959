namespace OktaCiam.Connector;

/// <summary>A custom admin role (<c>/api/v1/iam/roles</c>).</summary>
internal sealed class OktaCustomRole
{
    public string? Id { get; set; }

    public string? Label { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset? Created { get; set; }

    public DateTimeOffset? LastUpdated { get; set; }
}
