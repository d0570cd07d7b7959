using Microsoft.Extensions.DependencyInjection;
using OktaCiam.Connector.Abstractions;
using OktaCiam.Connector.Tests.Okta;

namespace OktaCiam.Connector.Tests.Reading;

/// <summary>A connector instance over a <see cref="FakeOkta"/>, through the real DI registration and HTTP pipeline.</summary>
internal sealed class ReaderHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);

    private ReaderHarness(FakeOkta okta, OktaClientHarness inner)
    {
        Okta = okta;
        Inner = inner;
    }

    public FakeOkta Okta { get; }

    public OktaClientHarness Inner { get; }

    public IConnector Connector => Inner.Services.GetRequiredKeyedService<IConnector>(OktaClientHarness.Instance);

    public IUserReader Users => Connector.GetRequiredService<IUserReader>();

    public IGroupReader Groups => Connector.GetRequiredService<IGroupReader>();

    public IResourceReader Resources => Connector.GetRequiredService<IResourceReader>();

    public IReadOnlyList<OktaStubRequest> Requests => Inner.Stub.Requests;

    public static ReaderHarness Create(Action<FakeOkta> seed, Action<OktaCiamReadOptions>? configure = null)
    {
        var okta = new FakeOkta(Start);
        seed(okta);
        var inner = OktaClientHarness.Create(okta.Respond, o => configure?.Invoke(o.Read));
        return new ReaderHarness(okta, inner);
    }

    /// <summary>Returns the decoded path and query of every request, in order.</summary>
    public IReadOnlyList<string> Paths() => [.. Requests.Select(r => Uri.UnescapeDataString(r.PathAndQuery))];

    public Task<List<ConnectorUser>> AllUsersAsync() => Users.ReadAllUsersAsync().ToListAsync().AsTask();

    public ValueTask DisposeAsync() => Inner.DisposeAsync();
}
