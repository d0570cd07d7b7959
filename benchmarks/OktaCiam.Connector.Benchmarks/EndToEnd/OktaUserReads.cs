using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ConnectorUser = OktaCiam.Connector.OktaUser;

namespace OktaCiam.Connector.Benchmarks;

/// <summary>
/// The three ways to read a tenant's managed users through <see cref="OktaClient"/>, shared by the end-to-end benchmarks
/// and the API-call count: full scan through our filter, full scan the naive way (System.Text.Json full models, then
/// filter), and search mode (search pages of the candidates, then one confirming GET per hit, re-checked by the filter).
/// </summary>
internal sealed class OktaUserReads
{
    private readonly OktaClient _client;
    private readonly OktaBodyReader<ConnectorUser> _filtered;
    private readonly OktaBodyReader<OktaUser> _naive;
    private readonly OktaObjectReader<ConnectorUser> _confirm;

    public OktaUserReads(OktaClient client, string attribute)
    {
        _client = client;
        var filter = new ManagedIdentityFilter(attribute);
        _filtered = async (body, ct) => (await filter.FilterPageAsync(body, OktaJsonContext.Default.OktaUser, ct).ConfigureAwait(false)).Managed;
        _naive = async (body, ct) =>
        {
            var users = await JsonSerializer.DeserializeAsync(body, BenchmarkJsonContext.Default.ListOktaUser, ct).ConfigureAwait(false)
                ?? throw new JsonException("The body is null where a JSON array was expected.");
            return users.FindAll(user => user.Profile.AdditionalProperties?.TryGetValue(attribute, out var value) == true && value.ValueKind == JsonValueKind.True);
        };
        _confirm = async (body, ct) =>
        {
            var record = await filter.ReadManagedAsync(body, OktaJsonContext.Default.OktaUser, ct).ConfigureAwait(false);
            return record.IsManaged ? record.Value : null;
        };
    }

    public OktaClient Client => _client;

    /// <summary>Creates the connector's client (default instance) over <paramref name="primaryHandler"/>, or over the network when null.</summary>
    public static (ServiceProvider Services, OktaUserReads Reads) Create(string orgUrl, string apiToken, HttpMessageHandler? primaryHandler)
    {
        var services = new ServiceCollection();
        services.AddOktaCiamConnector(o =>
        {
            o.OrgUrl = orgUrl;
            o.ApiToken = apiToken;
            o.App.Name = "bench";
        });
        if (primaryHandler is not null)
        {
            services.AddHttpClient(OktaClientRegistration.HttpClientName(string.Empty))
                .ConfigurePrimaryHttpMessageHandler(() => primaryHandler);
        }

        var provider = services.BuildServiceProvider();
        return (provider, new OktaUserReads(provider.GetRequiredKeyedService<OktaClient>(string.Empty), OktaPageGenerator.Attribute));
    }

    /// <summary>Lists every user (<c>GET /api/v1/users?limit=200</c>, page by page) through the managed-identity filter.</summary>
    public Task<int> FullScanFilteredAsync(CancellationToken cancellationToken = default) =>
        CountAsync(new OktaUserQuery().ToPathAndQuery(), _filtered, cancellationToken);

    /// <summary>Lists every user and deserialises each page into full models with System.Text.Json, then filters.</summary>
    public Task<int> FullScanNaiveAsync(CancellationToken cancellationToken = default) =>
        CountAsync(new OktaUserQuery().ToPathAndQuery(), _naive, cancellationToken);

    /// <summary>Searches for the managed users, keeps those the filter accepts, and confirms each with a fresh GET.</summary>
    public async Task<int> SearchAndConfirmAsync(string searchExpression, CancellationToken cancellationToken = default)
    {
        var confirmed = 0;
        string? path = new OktaUserQuery { Search = searchExpression }.ToPathAndQuery();
        while (path is not null)
        {
            var page = await _client.GetPageAsync(path, _filtered, cancellationToken).ConfigureAwait(false);
            foreach (var candidate in page.Items)
            {
                if (await _client.GetUserAsync(candidate.Id!, _confirm, cancellationToken).ConfigureAwait(false) is not null)
                {
                    confirmed++;
                }
            }

            path = page.NextPathAndQuery;
        }

        return confirmed;
    }

    // Through GetPagesAsync, as a sync would page: it also guards against a cursor loop by remembering every cursor seen.
    private async Task<int> CountAsync<T>(string first, OktaBodyReader<T> reader, CancellationToken cancellationToken)
    {
        var managed = 0;
        await foreach (var page in _client.GetPagesAsync(first, reader, cancellationToken).ConfigureAwait(false))
        {
            managed += page.Items.Count;
        }

        return managed;
    }
}
