namespace OktaCiam.Connector.Tests.Provisioning;

internal sealed class StubUser(string id, string login, string managedJson)
{
    public string Id { get; } = id;

    public string Login { get; } = login;

    public string ManagedJson { get; set; } = managedJson;

    public string Status { get; set; } = "ACTIVE";

    public string Json() =>
        $$$"""{"id":"{{{Id}}}","status":"{{{Status}}}","profile":{"login":"{{{Login}}}","email":"{{{Login}}}","{{{StubOkta.Attribute}}}":{{{ManagedJson}}}}}""";
}
