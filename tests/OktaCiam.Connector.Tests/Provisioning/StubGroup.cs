namespace OktaCiam.Connector.Tests.Provisioning;

internal sealed class StubGroup(string id, string managedJson, string type)
{
    public string Id { get; } = id;

    public string ManagedJson { get; set; } = managedJson;

    public string Type { get; set; } = type;

    public string Json() =>
        $$$"""{"id":"{{{Id}}}","type":"{{{Type}}}","profile":{"name":"Group {{{Id}}}","{{{StubOkta.Attribute}}}":{{{ManagedJson}}}}}""";
}
