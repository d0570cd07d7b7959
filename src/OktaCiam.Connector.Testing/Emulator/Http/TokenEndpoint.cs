using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OktaCiam.Connector.Testing;

/// <summary>
/// <c>POST /oauth2/v1/token</c>: client credentials with a <c>private_key_jwt</c> client assertion, verified like Okta does
/// (signature with the app's registered key, RS256 or ES256; iss = sub = client_id; aud = the token URL; exp at most an hour ahead; unique jti).
/// </summary>
internal static class TokenEndpoint
{
    private const string AssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static readonly JsonWebTokenHandler Handler = new();

    public static async ValueTask<EmulatorResponse> IssueAsync(RequestContext ctx)
    {
        var form = QueryHelpers.ParseQuery(ctx.Body is null ? string.Empty : System.Text.Encoding.UTF8.GetString(ctx.Body));
        string? Field(string name) => form.TryGetValue(name, out var v) && v.Count > 0 ? v[0] : null;

        if (Field("grant_type") != "client_credentials")
        {
            return OAuthError(400, "unsupported_grant_type", "The authorization grant type is not supported by the authorization server. Configured grant types: [client_credentials].");
        }

        var assertion = Field("client_assertion");
        if (Field("client_assertion_type") != AssertionType || string.IsNullOrEmpty(assertion))
        {
            return OAuthError(400, "invalid_request", "Client authentication requires client_assertion_type=" + AssertionType + " and a client_assertion.");
        }

        JsonWebToken token;
        try
        {
            token = Handler.ReadJsonWebToken(assertion);
        }
        catch (ArgumentException)
        {
            return OAuthError(401, "invalid_client", "The client_assertion token is malformed.");
        }

        var org = ctx.Org;
        var clientId = token.Issuer;
        ServiceApp? app;
        lock (org.Gate)
        {
            app = string.IsNullOrEmpty(clientId) ? null : org.FindServiceAppLocked(clientId);
        }

        if (app is null)
        {
            return OAuthError(401, "invalid_client", "Client authentication failed: the 'iss' claim names no registered client.");
        }

        if (!string.Equals(token.Subject, clientId, StringComparison.Ordinal))
        {
            return OAuthError(401, "invalid_client", "The 'sub' claim must equal the client_id.");
        }

        if (Field("client_id") is { } formClientId && formClientId != clientId)
        {
            return OAuthError(401, "invalid_client", "The client_id does not match the client_assertion issuer.");
        }

        var time = org.Time;
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = clientId,
            ValidAudience = ctx.Emulator.TokenUrl.ToString(),
            IssuerSigningKey = app.Key,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256],
            // Lifetime is checked below against the emulator's clock, not the library's wall clock.
            ValidateLifetime = false,
        };
        var result = await Handler.ValidateTokenAsync(assertion, parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return result.Exception switch
            {
                SecurityTokenInvalidAudienceException => OAuthError(401, "invalid_client", "The audience [aud] claim is invalid: it must be the token endpoint URL."),
                SecurityTokenInvalidIssuerException => OAuthError(401, "invalid_client", "The issuer [iss] claim is invalid."),
                SecurityTokenInvalidAlgorithmException => OAuthError(401, "invalid_client", "The client_assertion must be signed with RS256 or ES256."),
                _ => OAuthError(401, "invalid_client", "The client_assertion signature is invalid."),
            };
        }

        var now = time.GetUtcNow().UtcDateTime;
        var skew = TimeSpan.FromSeconds(30);
        if (!token.TryGetPayloadValue<long>("exp", out _))
        {
            return OAuthError(401, "invalid_client", "The client_assertion token must contain an 'exp' claim.");
        }

        if (token.ValidTo + skew <= now)
        {
            return OAuthError(401, "invalid_client", "The client_assertion token is expired.");
        }

        if (token.ValidFrom != DateTime.MinValue && token.ValidFrom - skew > now)
        {
            return OAuthError(401, "invalid_client", "The client_assertion token is not yet valid.");
        }

        if (token.ValidTo > now.AddHours(1) + skew)
        {
            return OAuthError(401, "invalid_client", "The client_assertion token has an expiration too far into the future (at most one hour).");
        }

        if (string.IsNullOrEmpty(token.Id))
        {
            return OAuthError(401, "invalid_client", "The client_assertion token must contain a 'jti' claim.");
        }

        if (!ctx.Emulator.Tokens.UseJti(token.Id, new DateTimeOffset(token.ValidTo, TimeSpan.Zero)))
        {
            return OAuthError(401, "invalid_client", "The client_assertion token has already been used (jti).");
        }

        var requested = (Field("scope") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (requested.Length == 0)
        {
            return OAuthError(400, "invalid_scope", "The authorization server resource does not have any configured default scopes, 'scope' must be provided.");
        }

        var refused = requested.Where(s => !app.GrantedScopes.Contains(s)).ToList();
        if (refused.Count > 0)
        {
            return OAuthError(400, "invalid_scope", "The following scopes are not granted to the client: " + string.Join(" ", refused) + ".");
        }

        var scopes = new HashSet<string>(requested, StringComparer.Ordinal);
        var lifetime = ctx.Emulator.Options.AccessTokenLifetime;
        var accessToken = ctx.Emulator.Tokens.Issue(clientId, scopes, lifetime);
        return EmulatorResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteString("token_type", "Bearer");
            w.WriteNumber("expires_in", (long)lifetime.TotalSeconds);
            w.WriteString("access_token", accessToken);
            w.WriteString("scope", string.Join(" ", requested));
            w.WriteEndObject();
        }, 256).WithHeader("Cache-Control", "no-store").WithHeader("Pragma", "no-cache");
    }

    public static EmulatorResponse OAuthError(int status, string error, string description) => EmulatorResponse.Json(status, w =>
    {
        w.WriteStartObject();
        w.WriteString("error", error);
        w.WriteString("error_description", description);
        w.WriteEndObject();
    }, 256);
}
