namespace OktaCiam.Connector.Testing.Tests.Emulator;

internal static class TestContext
{
    public static CancellationToken Cancellation => CancellationToken.None;
}
