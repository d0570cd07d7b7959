using Microsoft.Extensions.DependencyInjection;
using OktaCiam.Connector.Abstractions;
using OktaCiam.Connector.Tests.Okta;

namespace OktaCiam.Connector.Tests.Provisioning;

/// <summary>The connector, built through the real DI registration, over a <see cref="StubOkta"/>.</summary>
internal sealed class StubConnector : IAsyncDisposable
{
    private StubConnector(StubOkta okta, OktaClientHarness harness)
    {
        Okta = okta;
        Harness = harness;
    }

    public StubOkta Okta { get; }

    public OktaClientHarness Harness { get; }

    public IConnector Connector => Harness.Services.GetRequiredKeyedService<IConnector>(OktaClientHarness.Instance);

    public IAccessProvisioner Provisioner => Connector.GetRequiredService<IAccessProvisioner>();

    public IUserDeprovisioner Deprovisioner => Connector.GetRequiredService<IUserDeprovisioner>();

    public IConnectorValidator Validator => Connector.GetRequiredService<IConnectorValidator>();

    public IReadOnlyList<OktaStubRequest> Requests => Harness.Stub.Requests;

    public IReadOnlyList<string> Writes => [.. Requests.Where(r => r.Method != HttpMethod.Get).Select(r => $"{r.Method} {r.PathAndQuery}")];

    public static StubConnector Create(Action<StubOkta>? seed = null, Action<OktaCiamOptions>? configure = null)
    {
        var okta = new StubOkta();
        seed?.Invoke(okta);
        var harness = OktaClientHarness.Create(okta.Respond, configure);
        okta.Clock = harness.Time;
        return new StubConnector(okta, harness);
    }

    public ValueTask DisposeAsync() => Harness.DisposeAsync();
}
