using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace OktaCiam.Connector.Testing;

public sealed partial class EmulatedOrg
{
    private readonly HashSet<string> _deniedScopes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ServiceApp> _serviceApps = new(StringComparer.Ordinal);
    private int _tokenOwner = -1;

    /// <summary>Gets the id of the user who owns the API token (<c>/api/v1/users/me</c>); its admin roles decide what the token may do.</summary>
    /// <remarks>If the owner is deactivated or deleted, the API token stops working (401), as in Okta.</remarks>
    public string TokenOwnerId
    {
        get
        {
            lock (Gate)
            {
                return _tokenOwner < 0 ? string.Empty : UserIdLocked(_tokenOwner);
            }
        }
    }

    internal int TokenOwnerPositionLocked => _tokenOwner;

    /// <summary>Makes another user the owner of the API token.</summary>
    /// <param name="userId">The user id or login.</param>
    public void SetTokenOwner(string userId)
    {
        lock (Gate)
        {
            _tokenOwner = RequireUserLocked(userId);
        }
    }

    /// <summary>Registers an OAuth 2.0 service app that authenticates with <c>private_key_jwt</c>.</summary>
    /// <param name="clientId">The client id (the assertion's <c>iss</c> and <c>sub</c>).</param>
    /// <param name="publicKey">An RSA (RS256) or EC P-256 (ES256) key; only its public part is kept.</param>
    /// <param name="grantedScopes">The Okta scopes granted to the app, for example okta.users.read.</param>
    public void RegisterServiceApp(string clientId, AsymmetricAlgorithm publicKey, IEnumerable<string> grantedScopes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentNullException.ThrowIfNull(publicKey);
        ArgumentNullException.ThrowIfNull(grantedScopes);
        SecurityKey key = publicKey switch
        {
            RSA rsa => new RsaSecurityKey(rsa.ExportParameters(false)),
            ECDsa ec => new ECDsaSecurityKey(ECDsa.Create(ec.ExportParameters(false))),
            _ => throw new ArgumentException("Use an RSA or ECDsa key.", nameof(publicKey)),
        };
        var scopes = new HashSet<string>(grantedScopes, StringComparer.Ordinal);
        lock (Gate)
        {
            _serviceApps[clientId] = new ServiceApp(clientId, key, scopes);
        }
    }

    /// <summary>Takes a permission away from every caller: requests that need this OAuth scope get 403 <c>E0000006</c>, whoever makes them.</summary>
    /// <param name="scope">An Okta scope such as okta.groups.manage, okta.roles.read or okta.schemas.read.</param>
    public void DenyPermission(string scope)
    {
        CheckScope(scope);
        lock (Gate)
        {
            _deniedScopes.Add(scope);
        }
    }

    /// <summary>Gives back a permission taken by <see cref="DenyPermission"/>.</summary>
    /// <param name="scope">The Okta scope.</param>
    public void AllowPermission(string scope)
    {
        CheckScope(scope);
        lock (Gate)
        {
            _deniedScopes.Remove(scope);
        }
    }

    internal void SetTokenOwnerLocked(int position) => _tokenOwner = position;

    internal ServiceApp? FindServiceAppLocked(string clientId) => _serviceApps.GetValueOrDefault(clientId);

    /// <summary>Whether the API token still works: its owner must exist and not be deprovisioned.</summary>
    internal bool ApiTokenValidLocked() => _tokenOwner >= 0 && CurrentUserLocked(_tokenOwner) is { Status: not "DEPROVISIONED" };

    internal bool IsPermittedLocked(Principal principal, string requiredScope)
    {
        if (_deniedScopes.Contains(requiredScope))
        {
            return false;
        }

        IEnumerable<string> held = principal.IsApiToken
            ? UserRolesLocked(_tokenOwner).SelectMany(a => StandardRoles.ScopesOf(a.Type))
            : principal.Scopes!;
        return held.Any(s => OktaScopes.Grants(s, requiredScope));
    }

    private static void CheckScope(string scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!OktaScopes.IsKnown(scope))
        {
            throw new ArgumentException($"'{scope}' is not a scope the emulator knows; use one of {string.Join(", ", OktaScopes.All)}.", nameof(scope));
        }
    }
}
