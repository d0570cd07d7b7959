namespace OktaCiam.Connector;

/// <summary>Describes a request by method and path template (ids, logins and queries left out), for rate-limit buckets, logs and messages.</summary>
internal static class OktaEndpoint
{
    // Fixed words of the Okta paths we call; every other segment is an id, login or label.
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "api", "v1", "users", "groups", "roles", "lifecycle", "deactivate", "reactivate", "activate", "iam", "assignees",
        "resource-sets", "bindings", "members", "resources", "permissions", "meta", "schemas", "user", "group", "default",
        "logs", "me", "org", "oauth2", "token",
    };

    /// <summary>Returns the path template of <paramref name="absolutePath"/>, for example <c>/api/v1/users/{id}/roles</c>.</summary>
    public static string Template(string absolutePath)
    {
        ArgumentNullException.ThrowIfNull(absolutePath);
        var query = absolutePath.IndexOfAny(['?', '#']);
        var path = query < 0 ? absolutePath : absolutePath[..query];
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].Length > 0 && !Words.Contains(segments[i]))
            {
                segments[i] = "{id}";
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>Returns <c>METHOD /template</c> for <paramref name="request"/>; the rate-limit bucket key.</summary>
    public static string Describe(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Describe(request.Method, request.RequestUri);
    }

    /// <summary>Returns <c>METHOD /template</c>.</summary>
    public static string Describe(HttpMethod method, Uri? uri) =>
        $"{method.Method} {(uri is null ? "/" : Template(uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString))}";
}
