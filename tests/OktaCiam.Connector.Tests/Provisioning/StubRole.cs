namespace OktaCiam.Connector.Tests.Provisioning;

internal sealed record StubRole(string Id, string PrincipalId, string Type, string? Role, string? ResourceSet, string AssignmentType)
{
    public string Json() =>
        $$"""{"id":"{{Id}}","type":"{{Type}}","status":"ACTIVE","assignmentType":"{{AssignmentType}}"{{(Role is null ? "" : $",\"role\":\"{Role}\"")}}{{(ResourceSet is null ? "" : $",\"resource-set\":\"{ResourceSet}\"")}}}""";
}
