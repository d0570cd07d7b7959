using System.Globalization;
using OktaCiam.Connector.Abstractions;
using OktaCiam.Connector.Access;

namespace OktaCiam.Connector.Cli;

/// <summary>Writes a snapshot as plain-text tables for people.</summary>
internal static class SnapshotTableWriter
{
    public static void Write(ConnectorSnapshot snapshot, TextWriter output)
    {
        var stats = snapshot.Statistics ?? ReadStatistics.Zero;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Managed users: {snapshot.Users.Count}   groups: {snapshot.Groups.Count}   admin roles: {snapshot.Resources.Count}   API calls: {stats.ApiCalls}   took {snapshot.Duration.TotalSeconds:0.0} s"));
        output.WriteLine();

        WriteTable(output, "USERS", ["id", "login", "status"], snapshot.Users.Select(u => new[] { u.Id, u.Login ?? "", u.RawStatus ?? u.Status.ToString() }));
        WriteTable(output, "GROUPS", ["id", "name", "type", "members"], snapshot.Groups.Select(g => new[] { g.Group.Id, g.Group.Name, g.Group.Kind ?? "", g.MemberIds.Count.ToString(CultureInfo.InvariantCulture) }));
        WriteTable(output, "ADMIN ROLES", ["id", "label", "users", "groups", "inherited"], snapshot.Resources.Select(r => new[]
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

    private static void WriteTable(TextWriter output, string title, string[] headers, IEnumerable<string[]> rows)
    {
        var all = rows.ToList();
        var widths = headers.Select((h, i) => Math.Min(48, Math.Max(h.Length, all.Count == 0 ? 0 : all.Max(r => r[i].Length)))).ToArray();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title} ({all.Count})"));
        output.WriteLine(Format(headers, widths));
        foreach (var row in all)
        {
            output.WriteLine(Format(row, widths));
        }

        output.WriteLine();
    }

    private static string Format(string[] cells, int[] widths)
        => string.Join("  ", cells.Select((c, i) => (c.Length > widths[i] ? c[..(widths[i] - 1)] + "…" : c).PadRight(widths[i]))).TrimEnd();
}
