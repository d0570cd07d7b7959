using OktaCiam.Connector.Abstractions;
using OktaCiam.Connector.Access;
using OktaCiam.Connector.Testing;

namespace OktaCiam.Connector.Tests.Reading;

/// <summary>The managed users, groups, members and role holders of an org, as sets that compare exactly.</summary>
internal sealed record ManagedState(
    IReadOnlySet<string> Users,
    IReadOnlySet<string> Groups,
    IReadOnlySet<(string Group, string User)> Members,
    IReadOnlySet<(string Role, string Principal, PrincipalKind Kind, string Level, string? InheritedFrom)> Assignments)
{
    /// <summary>What the emulator's own state says is managed: the truth a sync must reproduce.</summary>
    public static ManagedState Expected(EmulatedOrg org)
    {
        var users = org.ManagedUserIds().ToHashSet(StringComparer.Ordinal);
        var groups = org.ManagedGroupIds().ToHashSet(StringComparer.Ordinal);
        var members = groups.SelectMany(g => org.GetGroupMemberIds(g).Where(users.Contains).Select(u => (g, u))).ToHashSet();
        var assignments = new HashSet<(string, string, PrincipalKind, string, string?)>();
        foreach (var user in users)
        {
            foreach (var a in org.GetUserRoles(user))
            {
                var (role, level) = Key(a);
                if (a.AssignmentType == "USER")
                {
                    assignments.Add((role, user, PrincipalKind.User, level, null));
                }
                else if (groups.Contains(a.AssigneeId))
                {
                    assignments.Add((role, user, PrincipalKind.User, level, a.AssigneeId));
                }
            }
        }

        foreach (var group in groups)
        {
            foreach (var a in org.GetGroupRoles(group))
            {
                var (role, level) = Key(a);
                assignments.Add((role, group, PrincipalKind.Group, level, null));
            }
        }

        return new ManagedState(users, groups, members, assignments);
    }

    /// <summary>What a sync returned.</summary>
    public static ManagedState Actual(ConnectorSnapshot snapshot) => new(
        snapshot.Users.Select(u => u.Id).ToHashSet(StringComparer.Ordinal),
        snapshot.Groups.Select(g => g.Group.Id).ToHashSet(StringComparer.Ordinal),
        snapshot.Groups.SelectMany(g => g.MemberIds.Select(u => (g.Group.Id, u))).ToHashSet(),
        snapshot.Resources.SelectMany(r => r.Assignments).Select(a => (a.ResourceId, a.PrincipalId, a.PrincipalKind, a.AccessLevelId, a.InheritedFromGroupId)).ToHashSet());

    /// <summary>Asserts that a sync returned exactly this state, each user once.</summary>
    public void ShouldMatch(ConnectorSnapshot snapshot)
    {
        var actual = Actual(snapshot);
        snapshot.Users.Should().HaveCount(Users.Count, "every managed user appears exactly once");
        Same("users", actual.Users, Users);
        Same("groups", actual.Groups, Groups);
        Same("members", actual.Members, Members);
        Same("role assignments", actual.Assignments, Assignments);
        snapshot.DroppedUnknownPrincipals.Should().Be(0, "the connector itself lets no unknown principal through");
    }

    // Set difference rather than BeEquivalentTo: structural matching of thousands of items is quadratic.
    private static void Same<T>(string what, IReadOnlySet<T> actual, IReadOnlySet<T> expected)
    {
        actual.Except(expected).Should().BeEmpty($"no {what} beyond the managed ones are returned");
        expected.Except(actual).Should().BeEmpty($"every managed one of the {what} is returned");
    }

    private static (string Role, string Level) Key(EmulatedRoleAssignment a) =>
        a.Type == "CUSTOM" ? (a.CustomRoleId!, a.ResourceSetId ?? AccessLevel.DefaultId) : (a.Type, AccessLevel.DefaultId);
}
