using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector;

/// <summary>Profile schema endpoints.</summary>
internal sealed partial class OktaClient
{
    /// <summary>Reads the default user profile schema (<c>/api/v1/meta/schemas/user/default</c>).</summary>
    public Task<OktaSchema> GetUserSchemaAsync(CancellationToken cancellationToken = default) =>
        GetSchemaAsync("/api/v1/meta/schemas/user/default", cancellationToken);

    /// <summary>Reads the group profile schema (<c>/api/v1/meta/schemas/group/default</c>).</summary>
    public Task<OktaSchema> GetGroupSchemaAsync(CancellationToken cancellationToken = default) =>
        GetSchemaAsync("/api/v1/meta/schemas/group/default", cancellationToken);

    private async Task<OktaSchema> GetSchemaAsync(string path, CancellationToken cancellationToken) =>
        await GetAsync(path, OktaJsonContext.Default.OktaSchema, cancellationToken).ConfigureAwait(false)
        ?? throw new ConnectorNotFoundException($"Okta has no profile schema at GET {path}: check the org URL.") { StatusCode = 404 };
}
