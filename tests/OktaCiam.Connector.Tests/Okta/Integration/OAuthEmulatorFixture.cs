using OktaCiam.Connector.Testing;

namespace OktaCiam.Connector.Tests.Okta.Integration;

/// <summary>An org with OAuth service apps registered: one per key type with every scope the connector asks for, and one with only user reads.</summary>
public sealed class OAuthEmulatorFixture : EmulatorFixture
{
    public const string RsaClientId = "0oaRsaServiceApp";
    public const string EcClientId = "0oaEcServiceApp";
    public const string UsersOnlyClientId = "0oaUsersOnlyApp";

    protected override void OnStarted(OktaEmulator emulator)
    {
        emulator.Org.RegisterServiceApp(RsaClientId, OktaTestKeys.Rsa, OktaOAuthOptions.DefaultScopes);
        emulator.Org.RegisterServiceApp(EcClientId, OktaTestKeys.EcP256, OktaOAuthOptions.DefaultScopes);
        emulator.Org.RegisterServiceApp(UsersOnlyClientId, OktaTestKeys.Rsa, ["okta.users.read"]);
    }
}
