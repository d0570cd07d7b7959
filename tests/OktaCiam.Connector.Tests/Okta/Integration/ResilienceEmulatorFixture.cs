namespace OktaCiam.Connector.Tests.Okta.Integration;

/// <summary>A small default org for fault-injection tests; its tests change users, so each takes its own.</summary>
public sealed class ResilienceEmulatorFixture : EmulatorFixture
{
    private int _users;

    /// <summary>Adds a fresh managed user for one test to write to.</summary>
    public string NewManagedUser() => Emulator.Org.AddUser($"resilience.user{Interlocked.Increment(ref _users)}@example.com", managed: true);
}
