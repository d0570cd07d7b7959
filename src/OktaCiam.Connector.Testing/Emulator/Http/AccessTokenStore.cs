using System.Buffers.Text;
using System.Security.Cryptography;

namespace OktaCiam.Connector.Testing;

/// <summary>OAuth access tokens the emulator issued, with their app, scopes and expiry; also the client-assertion <c>jti</c> values already used.</summary>
internal sealed class AccessTokenStore(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Issued> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _usedJtis = new(StringComparer.Ordinal);

    public string Issue(string clientId, IReadOnlySet<string> scopes, TimeSpan lifetime)
    {
        var token = "eyJ" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(48));
        lock (_gate)
        {
            var now = time.GetUtcNow();
            foreach (var expired in _tokens.Where(kv => kv.Value.ExpiresAt <= now).Select(kv => kv.Key).ToList())
            {
                _tokens.Remove(expired);
            }

            _tokens[token] = new Issued(clientId, scopes, now + lifetime);
        }

        return token;
    }

    /// <summary>The principal of a valid token; null when unknown, expired or revoked.</summary>
    public Principal? Validate(string token)
    {
        lock (_gate)
        {
            return _tokens.TryGetValue(token, out var issued) && issued.ExpiresAt > time.GetUtcNow() ? new Principal(issued.ClientId, issued.Scopes) : null;
        }
    }

    /// <summary>Records a jti; false when it was already used (replay).</summary>
    public bool UseJti(string jti, DateTimeOffset expiresAt)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            foreach (var old in _usedJtis.Where(kv => kv.Value < now).Select(kv => kv.Key).ToList())
            {
                _usedJtis.Remove(old);
            }

            return _usedJtis.TryAdd(jti, expiresAt);
        }
    }

    public void RevokeAll()
    {
        lock (_gate)
        {
            _tokens.Clear();
        }
    }

    private sealed record Issued(string ClientId, IReadOnlySet<string> Scopes, DateTimeOffset ExpiresAt);
}
