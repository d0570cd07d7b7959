using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace OktaCiam.Connector;

/// <summary>Parses and normalises an Okta org URL; the only place that decides which org URLs are acceptable.</summary>
internal static class OktaOrgUrl
{
    /// <summary>Parses <paramref name="input"/> into <c>scheme://host[:port]/</c>, or says what is wrong with it.</summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out Uri? orgUrl, [NotNullWhen(false)] out string? error)
    {
        orgUrl = null;
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            error = "OrgUrl is required: set it to your Okta org, for example https://acme.okta.com.";
            return false;
        }

        // A user-info part may hold a password: such input is never echoed back.
        var shown = text.Contains('@', StringComparison.Ordinal) ? "(value hidden: it contains '@')" : $"'{text}'";
        if (text.Contains("yourOktaDomain", StringComparison.OrdinalIgnoreCase) || text.Contains('{', StringComparison.Ordinal))
        {
            error = $"OrgUrl {shown} is the documentation placeholder: replace it with your Okta org, for example https://acme.okta.com.";
            return false;
        }

        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "https://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            error = $"OrgUrl {shown} is not a valid URL: use https://<your-org>.okta.com or your custom domain.";
            return false;
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            error = "OrgUrl must not contain user info (user:password@): remove it and configure ApiToken or OAuth instead.";
            return false;
        }

        if (uri.AbsolutePath != "/" || text.TrimEnd('/').EndsWith('?') || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            error = $"OrgUrl {shown} must be the org's base URL without a path, query or fragment, for example https://{uri.Host}.";
            return false;
        }

        var loopback = IsLoopback(uri);
        if (uri.Scheme == Uri.UriSchemeHttp && !loopback)
        {
            error = $"OrgUrl {shown} uses http://: Okta requires https:// (plain http is allowed only for loopback hosts such as the emulator).";
            return false;
        }

        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            error = $"OrgUrl {shown} uses the scheme '{uri.Scheme}': use https://.";
            return false;
        }

        if (!loopback)
        {
            if (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
            {
                error = $"OrgUrl {shown} is an IP address: use your org's host name, for example https://acme.okta.com.";
                return false;
            }

            if (!uri.Host.Contains('.', StringComparison.Ordinal))
            {
                error = $"OrgUrl {shown} is not a fully qualified host name: use https://<your-org>.okta.com or your custom domain.";
                return false;
            }

            var firstLabel = uri.Host.Split('.')[0];
            if (firstLabel.EndsWith("-admin", StringComparison.OrdinalIgnoreCase))
            {
                error = $"OrgUrl {shown} is the Admin Console host: use the org host without '-admin', for example https://{firstLabel[..^"-admin".Length]}{uri.Host[firstLabel.Length..]}.";
                return false;
            }

            if (!uri.IsDefaultPort)
            {
                error = $"OrgUrl {shown} names a port: Okta orgs are served on the default HTTPS port, so remove ':{uri.Port}'.";
                return false;
            }
        }

        orgUrl = new Uri(uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant() + "/", UriKind.Absolute);
        error = null;
        return true;
    }

    /// <summary>Parses <paramref name="input"/> or throws an <see cref="ArgumentException"/> that says what to fix.</summary>
    public static Uri Parse(string? input) =>
        TryParse(input, out var url, out var error) ? url : throw new ArgumentException(error, nameof(input));

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback
        || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.DnsSafeHost, out var ip) && IPAddress.IsLoopback(ip));
}
