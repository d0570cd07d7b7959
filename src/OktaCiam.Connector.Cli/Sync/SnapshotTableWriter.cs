using System.Globalization;
using OktaCiam.Connector.Abstractions;
using OktaCiam.Connector.Access;

namespace OktaCiam.Connector.Cli;

/// <summary>Writes a snapshot as plain-text tables for people.</summary>
internal static class SnapshotTableWriter
{
    /// <summary>Writes the tables; each lists at most <paramref name="maxRows"/> rows and then says how many it left out.</summary>
    public static void Write(ConnectorSnapshot snapshot, TextWriter output, int maxRows = int.MaxValue)
    {
        var stats = snapshot.Statistics ?? ReadStatistics.Zero;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Managed users: {snapshot.Users.Count}   groups: {snapshot.Groups.Count}   admin roles: {snapshot.Resources.Count}   API calls: {stats.ApiCalls}   took {snapshot.Duration.TotalSeconds:0.0} s"));
        output.WriteLine();

        WriteTable(output, maxRows, "USERS", ["id", "login", "status"], snapshot.Users.Select(u => new[] { u.Id, u.Login ?? "", u.RawStatus ?? u.Status.ToString() }));
        WriteTable(output, maxRows, "GROUPS", ["id", "name", "type", "members"], snapshot.Groups.Select(g => new[] { g.Group.Id, g.Group.Name, g.Group.Kind ?? "", g.MemberIds.Count.ToString(CultureInfo.InvariantCulture) }));
        WriteTable(output, maxRows, "ADMIN ROLES", ["id", "label", "users", "groups", "inherited"], snapshot.Resources.Select(r => new[]
        {
            r.Resource.Id,
            r.Resource.Name,
            r.Assignments.Count(a => a.PrincipalKind == PrincipalKind.User && !a.IsInherited).ToString(CultureInfo.InvariantCulture),
            r.Assignments.Count(a => a.PrincipalKind == PrincipalKind.Group).ToString(CultureInfo.InvariantCulture),
            r.Assignments.Count(a => a.IsInherited).ToString(CultureInfo.InvariantCulture),
        }));

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Seen: {stats.UsersSeen} users, {stats.GroupsSeen} groups; managed: {stats.UsersManaged} users, {stats.GroupsManaged} groups."));
        if (stats.Excluded.Count > 0)
        {
            output.WriteLine("Excluded (not managed), by reason: " + string.Join(", ", stats.Excluded.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Key} {e.Value}"))));
        }
    }

    private static void WriteTable(TextWriter output, int maxRows, string title, string[] headers, IEnumerable<string[]> rows)
    {
        var all = rows.ToList();
        var shown = all.Take(Math.Max(0, maxRows)).ToList();
        var widths = headers.Select((h, i) => Math.Min(48, Math.Max(h.Length, shown.Count == 0 ? 0 : shown.Max(r => r[i].Length)))).ToArray();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title} ({all.Count})"));
        output.WriteLine(Format(headers, widths));
        foreach (var row in shown)
        {
            output.WriteLine(Format(row, widths));
        }

        if (all.Count > shown.Count)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"… and {all.Count - shown.Count} more (--rows 0 lists them all; --format json has every field)"));
        }

        output.WriteLine();
    }

    private static string Format(string[] cells, int[] widths)
        => string.Join("  ", cells.Select((c, i) => (c.Length > widths[i] ? c[..(widths[i] - 1)] + "…" : c).PadRight(widths[i]))).TrimEnd();
}
