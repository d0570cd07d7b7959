using System.Text.Json;
using OktaCiam.Connector.Abstractions;
using OktaCiam.Connector.Access;

namespace OktaCiam.Connector.Cli;

/// <summary>Writes a snapshot as the <c>okta-ciam sync --format json</c> document.</summary>
internal static class SnapshotJsonWriter
{
    public static void Write(ConnectorSnapshot snapshot, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();

        json.WriteStartArray("users");
        foreach (var user in snapshot.Users)
        {
            json.WriteStartObject();
            json.WriteString("id", user.Id);
            json.WriteString("login", user.Login);
            json.WriteString("email", user.Email);
            json.WriteString("displayName", user.DisplayName);
            json.WriteString("status", user.RawStatus ?? user.Status.ToString().ToUpperInvariant());
            WriteAttributes(json, "profile", user.Attributes);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("groups");
        foreach (var (group, memberIds) in snapshot.Groups)
        {
            json.WriteStartObject();
            json.WriteString("id", group.Id);
            json.WriteString("name", group.Name);
            json.WriteString("description", group.Description);
            json.WriteString("type", group.Kind);
            json.WriteBoolean("membershipWritable", group.IsMembershipWritable);
            WriteStrings(json, "memberIds", memberIds);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("roles");
        foreach (var (resource, levels, assignments) in snapshot.Resources)
        {
            json.WriteStartObject();
            json.WriteString("id", resource.Id);
            if (resource.Attributes.TryGetValue("type", out var type))
            {
                json.WritePropertyName("type");
                type.WriteTo(json);
            }
            else
            {
                json.WriteString("type", resource.Kind);
            }

            json.WriteString("label", resource.Name);
            json.WriteStartArray("accessLevels");
            foreach (var level in levels)
            {
                json.WriteStartObject();
                json.WriteString("id", level.Id);
                json.WriteString("name", level.Name);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteStrings(json, "assigneeIds", Distinct(assignments.Where(a => a.PrincipalKind == PrincipalKind.User && !a.IsInherited)));
            WriteStrings(json, "groupAssigneeIds", Distinct(assignments.Where(a => a.PrincipalKind == PrincipalKind.Group)));
            json.WriteStartArray("inheritedAssignees");
            foreach (var inherited in assignments.Where(a => a.IsInherited))
            {
                json.WriteStartObject();
                json.WriteString("userId", inherited.PrincipalId);
                json.WriteString("groupId", inherited.InheritedFromGroupId);
                json.WriteString("accessLevelId", inherited.AccessLevelId);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("assignments");
            foreach (var assignment in assignments.Where(a => !a.IsInherited))
            {
                json.WriteStartObject();
                json.WriteString("principalId", assignment.PrincipalId);
                json.WriteString("principalKind", assignment.PrincipalKind == PrincipalKind.Group ? "group" : "user");
                json.WriteString("accessLevelId", assignment.AccessLevelId);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        var stats = snapshot.Statistics ?? ReadStatistics.Zero;
        json.WriteStartObject("stats");
        json.WriteNumber("apiCalls", stats.ApiCalls);
        json.WriteNumber("usersSeen", stats.UsersSeen);
        json.WriteNumber("usersManaged", stats.UsersManaged);
        json.WriteNumber("groupsSeen", stats.GroupsSeen);
        json.WriteNumber("groupsManaged", stats.GroupsManaged);
        json.WriteStartObject("excluded");
        foreach (var (reason, count) in stats.Excluded.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            json.WriteNumber(reason, count);
        }

        json.WriteEndObject();
        json.WriteNumber("droppedUnknownPrincipals", snapshot.DroppedUnknownPrincipals);
        json.WriteNumber("durationMs", (long)snapshot.Duration.TotalMilliseconds);
        json.WriteString("startedAt", snapshot.StartedAt);
        json.WriteEndObject();

        json.WriteEndObject();
        json.Flush();
    }

    private static IEnumerable<string> Distinct(IEnumerable<ResourceAssignment> assignments)
        => assignments.Select(a => a.PrincipalId).Distinct(StringComparer.Ordinal);

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteAttributes(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, JsonElement> attributes)
    {
        json.WriteStartObject(name);
        foreach (var (key, value) in attributes)
        {
            json.WritePropertyName(key);
            value.WriteTo(json);
        }

        json.WriteEndObject();
    }
}
