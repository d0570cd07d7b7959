using System.Net.Http.Headers;

namespace OktaCiam.Connector;

/// <summary>Supplies the <c>Authorization</c> header for Okta API requests: an SSWS API token or an OAuth access token.</summary>
internal interface IOktaAuthorization
{
    /// <summary>Returns the header to send; may fetch or refresh a token.</summary>
    ValueTask<AuthenticationHeaderValue> GetAsync(CancellationToken cancellationToken);

    /// <summary>Forgets <paramref name="rejected"/> after Okta answered 401 to it; returns whether asking again can yield a different credential.</summary>
    bool Invalidate(AuthenticationHeaderValue rejected);
}
