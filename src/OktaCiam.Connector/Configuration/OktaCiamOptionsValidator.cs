using Microsoft.Extensions.Options;

namespace OktaCiam.Connector;

/// <summary>The cross-property and format rules of <see cref="OktaCiamOptions"/>; messages say what to fix and never hold a secret.</summary>
internal sealed class OktaCiamOptionsValidator : IValidateOptions<OktaCiamOptions>
{
    public ValidateOptionsResult Validate(string? name, OktaCiamOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ValidateOptionsResultBuilder();

        if (!string.IsNullOrWhiteSpace(options.OrgUrl) && !OktaOrgUrl.TryParse(options.OrgUrl, out _, out var urlError))
        {
            builder.AddError(urlError, nameof(OktaCiamOptions.OrgUrl));
        }

        if (!ManagedAttributeName.IsValid(options.ManagedAttribute))
        {
            builder.AddError(ManagedAttributeName.Describe(options.ManagedAttribute), nameof(OktaCiamOptions.ManagedAttribute));
        }

        var hasToken = !string.IsNullOrWhiteSpace(options.ApiToken);
        var hasOAuth = options.OAuth is not null;
        if (hasToken && hasOAuth)
        {
            builder.AddError("Both ApiToken and OAuth are set: configure exactly one authentication method.", nameof(OktaCiamOptions.ApiToken));
        }
        else if (!hasToken && !hasOAuth)
        {
            builder.AddError(
                options.ApiToken is null
                    ? "No authentication method is set: configure ApiToken (an Okta API token) or OAuth (a service app)."
                    : "ApiToken is empty: set it to an Okta API token, or configure OAuth instead.",
                nameof(OktaCiamOptions.ApiToken));
        }
        else if (hasToken && (options.ApiToken!.Trim() != options.ApiToken || options.ApiToken.StartsWith("SSWS ", StringComparison.OrdinalIgnoreCase)))
        {
            builder.AddError("ApiToken must be the bare token: remove surrounding whitespace and any \"SSWS \" prefix.", nameof(OktaCiamOptions.ApiToken));
        }

        if (options.OAuth is { } oauth)
        {
            ValidateOAuth(oauth, builder);
        }

        for (var i = 0; i < options.App.VisibleToGroupIds.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.App.VisibleToGroupIds[i]))
            {
                builder.AddError($"App:VisibleToGroupIds[{i}] is empty: list group ids, or leave the list empty for no visibility restrictions.", "App.VisibleToGroupIds");
            }
        }

        ValidateRead(options.Read, builder);
        return builder.Build();
    }

    private static void ValidateRead(OktaCiamReadOptions read, ValidateOptionsResultBuilder builder)
    {
        if (!Enum.IsDefined(read.Mode))
        {
            builder.AddError($"Read:Mode '{read.Mode}' is not a mode: use Search or FullScan.", "Read.Mode");
        }

        for (var i = 0; i < read.UserAttributes.Count; i++)
        {
            var attribute = read.UserAttributes[i];
            if (attribute == OktaCiamReadOptions.AllAttributes)
            {
                if (read.UserAttributes.Count > 1)
                {
                    builder.AddError("Read:UserAttributes holds '*' next to other names: '*' alone exposes every attribute, so remove the others.", "Read.UserAttributes");
                }
            }
            else if (!ManagedAttributeName.IsValid(attribute))
            {
                builder.AddError(
                    string.IsNullOrWhiteSpace(attribute)
                        ? $"Read:UserAttributes[{i}] is empty: list profile attribute names such as login or department, or '*' for all."
                        : $"Read:UserAttributes[{i}] '{attribute}' is not a profile attribute name: use letters, digits and underscores, starting with a letter, or '*' for all.",
                    "Read.UserAttributes");
            }
        }

        for (var i = 0; i < read.Groups.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(read.Groups[i]))
            {
                builder.AddError($"Read:Groups[{i}] is empty: list group ids or names to import, or leave the list empty to import every managed group.", "Read.Groups");
            }
        }
    }

    private static void ValidateOAuth(OktaOAuthOptions oauth, ValidateOptionsResultBuilder builder)
    {
        // ClientId and PrivateKey presence is checked by the DataAnnotations validator.
        if (oauth.Scopes.Count == 0)
        {
            builder.AddError("OAuth:Scopes is empty: request at least okta.users.read and okta.groups.read.", "OAuth.Scopes");
        }

        if (!string.IsNullOrWhiteSpace(oauth.PrivateKey))
        {
            if (OktaSigningKey.TryLoad(oauth.PrivateKey, oauth.KeyId, out var key, out var keyError))
            {
                key.Dispose();
            }
            else
            {
                builder.AddError(keyError, "OAuth.PrivateKey");
            }
        }

        foreach (var scope in oauth.Scopes)
        {
            if (string.IsNullOrWhiteSpace(scope) || scope.Any(char.IsWhiteSpace))
            {
                builder.AddError($"OAuth:Scopes holds an invalid scope '{scope}': scopes are single words such as okta.users.read.", "OAuth.Scopes");
            }
        }
    }
}
