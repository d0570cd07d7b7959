using System.ComponentModel.DataAnnotations;

namespace OktaCiam.Connector;

/// <summary>OAuth 2.0 service-app settings: client credentials with a <c>private_key_jwt</c> client assertion.</summary>
public sealed class OktaOAuthOptions
{
    /// <summary>The scopes requested by default: read and manage users, groups and roles, read schemas and the System Log.</summary>
    public static IReadOnlyList<string> DefaultScopes { get; } =
    [
        "okta.users.read", "okta.users.manage", "okta.groups.read", "okta.groups.manage",
        "okta.roles.read", "okta.roles.manage", "okta.schemas.read", "okta.logs.read",
    ];

    /// <summary>Gets or sets the service app's client id. Required.</summary>
    [Required(ErrorMessage = "OAuth:ClientId is required: set it to the client id of your Okta service app.")]
    public string? ClientId { get; set; }

    /// <summary>Gets or sets the private key that signs the client assertion, as PEM (RSA or EC) or a private JWK (JSON). A secret. Required.</summary>
    [Required(ErrorMessage = "OAuth:PrivateKey is required: set it to the service app's private key (PEM or JWK).")]
    public string? PrivateKey { get; set; }

    /// <summary>Gets or sets the key id (<c>kid</c>) registered with the service app, or <see langword="null"/> to send none (or the JWK's own).</summary>
    public string? KeyId { get; set; }

    /// <summary>Gets or sets the scopes to request. Default <see cref="DefaultScopes"/>.</summary>
    public IList<string> Scopes { get; set; } = [.. DefaultScopes];

    /// <summary>Returns a description that names the client id, never the key.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"OktaOAuthOptions {{ ClientId = {ClientId}, KeyId = {KeyId}, Scopes = {string.Join(' ', Scopes)} }}";
}
