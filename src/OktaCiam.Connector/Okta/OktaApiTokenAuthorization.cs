using System.Net.Http.Headers;

namespace OktaCiam.Connector;

/// <summary>Authorizes with an Okta API token (<c>Authorization: SSWS …</c>); a rejected token cannot be refreshed.</summary>
internal sealed class OktaApiTokenAuthorization : IOktaAuthorization
{
    private readonly AuthenticationHeaderValue _header;

    public OktaApiTokenAuthorization(string apiToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiToken);
        _header = new AuthenticationHeaderValue("SSWS", apiToken);
    }

    public ValueTask<AuthenticationHeaderValue> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_header);

    public bool Invalidate(AuthenticationHeaderValue rejected) => false;

    public override string ToString() => "OktaApiTokenAuthorization { SSWS (hidden) }";
}
