using System.Net;
using Microsoft.Extensions.Logging;

namespace OktaCiam.Connector;

/// <summary>Adds the <c>Authorization</c> header to every attempt; on a 401 to a refreshable credential, gets a new one and sends once more.</summary>
internal sealed class OktaAuthorizationHandler(IOktaAuthorization authorization, ILogger logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var credential = await authorization.GetAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = credential;
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || !authorization.Invalidate(credential))
        {
            return response;
        }

        Log.OktaTokenRejected(logger, OktaEndpoint.Describe(request));
        response.Dispose();
        request.Headers.Authorization = await authorization.GetAsync(cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
