using Microsoft.IdentityModel.Tokens;

namespace OktaCiam.Connector.Testing;

/// <summary>An OAuth 2.0 service app: its public key verifies client assertions; its granted scopes bound what tokens may carry.</summary>
internal sealed record ServiceApp(string ClientId, SecurityKey Key, IReadOnlySet<string> GrantedScopes);
