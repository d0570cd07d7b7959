using System.Text;

namespace OktaCiam.Connector;

/// <summary>Builds Okta API paths and queries with every value escaped, so ids and logins such as <c>a#b/c+d@e</c> stay one segment.</summary>
internal static class OktaPath
{
    /// <summary>Escapes one path segment (an id, a login, a label); empty, blank and dot segments are refused.</summary>
    public static string Segment(string value, string paramName = "id")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        if (value is "." or "..")
        {
            throw new ArgumentException($"'{value}' is not a valid Okta id or login.", paramName);
        }

        return Uri.EscapeDataString(value);
    }

    /// <summary>Appends <paramref name="parameters"/> whose values are not null as an escaped query string.</summary>
    public static string WithQuery(string path, params ReadOnlySpan<(string Name, string? Value)> parameters)
    {
        ArgumentNullException.ThrowIfNull(path);
        var builder = new StringBuilder(path);
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        foreach (var (name, value) in parameters)
        {
            if (value is null)
            {
                continue;
            }

            builder.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return builder.ToString();
    }

    /// <summary>Formats a page size, refusing values outside 1 to <paramref name="max"/>.</summary>
    public static string? Limit(int? limit, int max, string paramName = "limit")
    {
        if (limit is null)
        {
            return null;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(limit.Value, 1, paramName);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit.Value, max, paramName);
        return limit.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
