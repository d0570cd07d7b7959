namespace OktaCiam.Connector;

/// <summary>The <c>_links</c> of a role assignment, of which <c>assignee</c> names who holds it (a user, or the group a user inherits it from).</summary>
internal sealed class OktaRoleAssignmentLinks
{
    public OktaLink? Assignee { get; set; }
}
