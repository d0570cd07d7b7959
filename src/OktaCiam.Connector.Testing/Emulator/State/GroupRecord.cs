namespace OktaCiam.Connector.Testing;

/// <summary>A group with its members (sorted user positions) and role assignments. Guarded by the org lock.</summary>
internal sealed class GroupRecord(string id, int position, GroupState state, bool isEveryone)
{
    public string Id { get; } = id;

    public int Position { get; } = position;

    public GroupState? Current { get; set; } = state;

    public GroupState? Indexed { get; set; } = state;

    public long IndexDueAt { get; set; }

    public bool IndexFrozen { get; set; }

    public long LastMembershipUpdated { get; set; } = state.Created;

    /// <summary>Okta's BUILT_IN "Everyone" group: every user is a member without being listed.</summary>
    public bool IsEveryone { get; } = isEveryone;

    public MemberList Members { get; } = new();

    public List<RoleAssignmentRecord> Roles { get; } = [];
}
