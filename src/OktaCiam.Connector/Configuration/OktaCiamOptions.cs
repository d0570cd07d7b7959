using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace OktaCiam.Connector;

/// <summary>Settings of one Okta CIAM connector instance: which org, how to authenticate, and which identities are managed.</summary>
/// <remarks>
/// Exactly one authentication method must be set: <see cref="ApiToken"/> or <see cref="OAuth"/>.
/// Secrets never appear in <see cref="ToString"/>, validation messages, exceptions or logs.
/// </remarks>
public sealed class OktaCiamOptions
{
    /// <summary>The default name of the managed-identity attribute.</summary>
    public const string DefaultManagedAttribute = "opal_okta_ciam_managed";

    /// <summary>Gets or sets the Okta org URL, for example <c>https://acme.okta.com</c>; a bare host such as <c>acme.okta.com</c> is accepted.</summary>
    /// <remarks>
    /// Required. HTTPS only, except <c>http://</c> for loopback hosts (tests and the emulator). No path, query, user info,
    /// <c>-admin</c> host or <c>{yourOktaDomain}</c> placeholder.
    /// </remarks>
    [Required(ErrorMessage = "OrgUrl is required: set it to your Okta org, for example https://acme.okta.com.")]
    public string? OrgUrl { get; set; }

    /// <summary>Gets or sets the Okta API token (sent as <c>Authorization: SSWS …</c>). A secret.</summary>
    /// <remarks>Set this or <see cref="OAuth"/>, not both.</remarks>
    public string? ApiToken { get; set; }

    /// <summary>Gets or sets the OAuth 2.0 service-app settings (client credentials with <c>private_key_jwt</c>).</summary>
    /// <remarks>Set this or <see cref="ApiToken"/>, not both.</remarks>
    [ValidateObjectMembers]
    public OktaOAuthOptions? OAuth { get; set; }

    /// <summary>Gets or sets the name of the boolean profile attribute that marks managed users and groups.</summary>
    /// <remarks>Default <see cref="DefaultManagedAttribute"/>. Letters, digits and underscores, starting with a letter; at most 100 characters.</remarks>
    public string ManagedAttribute { get; set; } = DefaultManagedAttribute;

    /// <summary>Gets or sets the app's own settings, as an admin fills them in when creating the app.</summary>
    [ValidateObjectMembers]
    public OktaCiamAppOptions App { get; set; } = new();

    /// <summary>Gets or sets how the connector talks to the Okta API: concurrency, retries, timeouts and rate-limit headroom.</summary>
    [ValidateObjectMembers]
    public OktaCiamHttpOptions Http { get; set; } = new();

    /// <summary>Gets or sets how managed users, groups and admin roles are read: search or full scan, exposed attributes, auto-imported groups.</summary>
    [ValidateObjectMembers]
    public OktaCiamReadOptions Read { get; set; } = new();

    /// <summary>Returns a description of the options that names the org and the authentication method, never a secret.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var auth = (ApiToken is not null, OAuth is not null) switch
        {
            (true, false) => "ApiToken",
            (false, true) => "OAuth",
            (true, true) => "ApiToken+OAuth (invalid)",
            _ => "none",
        };
        return $"OktaCiamOptions {{ OrgUrl = {OrgUrl}, Auth = {auth}, ManagedAttribute = {ManagedAttribute}, App = {App.Name} }}";
    }
}
