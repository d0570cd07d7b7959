using System.Text.Json.Serialization;

namespace OktaCiam.Connector;

/// <summary>The token endpoint's answer to a client-credentials grant. Holds a secret: never logged.</summary>
internal sealed class OktaAccessTokenResponse
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; set; }

    [JsonPropertyName("expires_in")]
    public int? ExpiresIn { get; set; }

    public string? Scope { get; set; }

    public override string ToString() => $"OktaAccessTokenResponse {{ TokenType = {TokenType}, ExpiresIn = {ExpiresIn}, Scope = {Scope} }}";
}
