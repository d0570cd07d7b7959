using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OktaCiam.Connector;

/// <summary>Creates the <c>private_key_jwt</c> client assertion for Okta's token endpoint: iss = sub = client id, aud = the token URL, a unique jti, short-lived.</summary>
internal static class OktaClientAssertion
{
    /// <summary>How long an assertion is valid; Okta accepts at most one hour.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>Creates and signs an assertion issued at <paramref name="now"/>.</summary>
    public static string Create(string clientId, Uri tokenUrl, OktaSigningKey key, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentNullException.ThrowIfNull(tokenUrl);
        ArgumentNullException.ThrowIfNull(key);
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = clientId,
            Audience = tokenUrl.AbsoluteUri,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + Lifetime).UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = clientId,
                [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
            },
            SigningCredentials = new SigningCredentials(key.Key, key.Algorithm),
        });
    }
}
