using System.Globalization;
using System.Text;

namespace OktaCiam.Connector.Testing;

/// <summary>limit/after parsing and Okta's <c>Link</c> headers (one per rel, or comma-joined when asked).</summary>
internal static class Paging
{
    public static EmulatorResponse? TryLimit(RequestContext ctx, int defaultLimit, int maxLimit, out int limit)
    {
        limit = defaultLimit;
        var text = ctx.Query("limit");
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
        {
            return EmulatorResponse.Invalid("limit", $"limit must be a positive integer, not '{text}'.");
        }

        limit = Math.Min(value, maxLimit);
        return null;
    }

    public static EmulatorResponse? TryAfter(RequestContext ctx, out long after)
    {
        after = -1;
        var text = ctx.Query("after");
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return ctx.Org.Ids.TryDecodeCursor(text, out after) ? null : EmulatorResponse.Invalid("after", "The after cursor is not one this org issued; use the next link as given.");
    }

    public static string Cursor(RequestContext ctx, long position) => ctx.Org.Ids.Cursor(position);

    /// <summary>Adds <c>rel="self"</c> and, when there is a next page, <c>rel="next"</c> with every query parameter kept and <c>after</c> replaced.</summary>
    public static void AddLinks(EmulatorResponse response, RequestContext ctx, string? nextCursor)
    {
        var request = ctx.Http.Request;
        var self = $"<{ctx.Render.Base}{request.Path.ToUriComponent()}{request.QueryString.ToUriComponent()}>; rel=\"self\"";
        string? next = null;
        if (nextCursor is not null)
        {
            var linkBase = ctx.Emulator.Faults.NextLinkBaseUrl is { } hostile ? hostile.GetLeftPart(UriPartial.Authority) : ctx.Render.Base;
            next = $"<{linkBase}{request.Path.ToUriComponent()}{WithAfter(request.QueryString.Value, nextCursor)}>; rel=\"next\"";
        }

        if (next is not null && ctx.Emulator.Faults.CombineLinkHeaders)
        {
            response.WithHeader("Link", self + ", " + next);
            return;
        }

        response.WithHeader("Link", self);
        if (next is not null)
        {
            response.WithHeader("Link", next);
        }
    }

    /// <summary>The next-page URL for IAM lists, which carry it in the body and name the org's <c>-admin</c> host like real Okta.</summary>
    public static string BodyNextLink(RequestContext ctx, string path, string cursor, int? limit = null)
    {
        var linkBase = ctx.Emulator.Faults.NextLinkBaseUrl is { } hostile ? hostile.GetLeftPart(UriPartial.Authority) : ctx.Emulator.AdminBaseUrl.GetLeftPart(UriPartial.Authority);
        var query = limit is { } l ? $"?after={cursor}&limit={l.ToString(CultureInfo.InvariantCulture)}" : $"?after={cursor}";
        return linkBase + path + query;
    }

    public static string WithAfter(string? query, string cursor)
    {
        var sb = new StringBuilder("?");
        if (!string.IsNullOrEmpty(query))
        {
            foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                if (pair.StartsWith("after=", StringComparison.Ordinal) || pair == "after")
                {
                    continue;
                }

                sb.Append(pair).Append('&');
            }
        }

        return sb.Append("after=").Append(cursor).ToString();
    }
}
