namespace OktaCiam.Connector;

/// <summary>A user who holds at least one admin role (<c>/api/v1/iam/assignees/users</c>): an id only, so managed-ness needs a GET of the user.</summary>
internal sealed class OktaRoleAssignee
{
    public string? Id { get; set; }

    public string? Orn { get; set; }
}
