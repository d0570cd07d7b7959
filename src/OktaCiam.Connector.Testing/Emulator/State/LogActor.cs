namespace OktaCiam.Connector.Testing;

/// <summary>Who did something, as the System Log names actors and targets.</summary>
internal sealed record LogActor(string Id, string Type, string AlternateId, string DisplayName)
{
    public static LogActor System { get; } = new("0oa1okta0emulator00000", "SystemPrincipal", "system@okta.com", "Okta System");
}
