using System.Net.Http.Headers;

namespace OktaCiam.Connector;

/// <summary>Finds the <c>rel="next"</c> target in <c>Link</c> headers, whether sent as several headers or one comma-joined value (RFC 8288).</summary>
internal static class OktaLinkHeader
{
    /// <summary>Returns the target of the first link whose <c>rel</c> includes <c>next</c>, or <see langword="null"/>.</summary>
    public static string? FindNext(HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (!headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (var value in values)
        {
            if (FindNext(value) is { } next)
            {
                return next;
            }
        }

        return null;
    }

    /// <summary>Returns the target of the first link in <paramref name="value"/> whose <c>rel</c> includes <c>next</c>, or <see langword="null"/>.</summary>
    public static string? FindNext(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var s = value.AsSpan();
        var i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && (s[i] == ',' || char.IsWhiteSpace(s[i])))
            {
                i++;
            }

            if (i >= s.Length || s[i] != '<')
            {
                return null;
            }

            var close = s[i..].IndexOf('>');
            if (close < 0)
            {
                return null;
            }

            var target = s.Slice(i + 1, close - 1).Trim();
            i += close + 1;
            var isNext = false;

            // Parameters: ; name=value | ; name="quoted, value" — up to the comma that ends this link.
            while (i < s.Length && s[i] != ',')
            {
                if (s[i] != ';')
                {
                    i++;
                    continue;
                }

                i++;
                var nameStart = i;
                while (i < s.Length && s[i] is not ('=' or ';' or ','))
                {
                    i++;
                }

                var name = s[nameStart..i].Trim();
                ReadOnlySpan<char> parameter = default;
                if (i < s.Length && s[i] == '=')
                {
                    i++;
                    while (i < s.Length && char.IsWhiteSpace(s[i]))
                    {
                        i++;
                    }

                    if (i < s.Length && s[i] == '"')
                    {
                        var end = s[(i + 1)..].IndexOf('"');
                        end = end < 0 ? s.Length : i + 1 + end;
                        parameter = s[(i + 1)..end];
                        i = Math.Min(end + 1, s.Length);
                    }
                    else
                    {
                        var start = i;
                        while (i < s.Length && s[i] is not (';' or ','))
                        {
                            i++;
                        }

                        parameter = s[start..i].Trim();
                    }
                }

                if (name.Equals("rel", StringComparison.OrdinalIgnoreCase) && HasRel(parameter, "next"))
                {
                    isNext = true;
                }
            }

            if (isNext && !target.IsEmpty)
            {
                return target.ToString();
            }
        }

        return null;
    }

    private static bool HasRel(ReadOnlySpan<char> rels, string rel)
    {
        foreach (var range in rels.SplitAny(' ', '\t'))
        {
            if (rels[range].Equals(rel, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
