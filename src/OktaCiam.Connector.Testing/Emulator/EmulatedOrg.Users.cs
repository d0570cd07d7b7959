using System.Text.Json.Nodes;

namespace OktaCiam.Connector.Testing;

public sealed partial class EmulatedOrg
{
    private static readonly HashSet<string> Statuses = new(StringComparer.Ordinal)
    {
        "STAGED", "PROVISIONED", "ACTIVE", "RECOVERY", "PASSWORD_EXPIRED", "LOCKED_OUT", "SUSPENDED", "DEPROVISIONED",
    };

    private readonly SortedSet<int> _materialized = [];
    private readonly Dictionary<string, int> _explicitUserIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _logins = new(StringComparer.OrdinalIgnoreCase);
    private UserRecord?[] _users = new UserRecord?[64];
    private int[] _pristineLooseTrue = [];

    /// <summary>Gets the number of user positions (including deleted users).</summary>
    internal int UserSlots { get; private set; }

    /// <summary>Gets the positions below which a missing record means a generated customer.</summary>
    internal int GeneratedCount { get; private set; }

    /// <summary>Gets the number of users that exist (deleted users excluded).</summary>
    public int UserCount
    {
        get
        {
            lock (Gate)
            {
                return UserCountLocked();
            }
        }
    }

    /// <summary>Adds a user with a realistic profile derived from <paramref name="login"/>.</summary>
    /// <param name="login">The login (also used as the email); must be unique, any characters allowed.</param>
    /// <param name="managed">Whether to set the managed attribute to JSON <c>true</c>; otherwise it is left out.</param>
    /// <param name="profile">Attributes to add or override (a <see langword="null"/> value writes JSON null).</param>
    /// <param name="status">The Okta status, for example ACTIVE, STAGED, SUSPENDED or DEPROVISIONED.</param>
    /// <returns>The new user's id.</returns>
    public string AddUser(string login, bool managed = false, JsonObject? profile = null, string status = "ACTIVE")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(login);
        CheckStatus(status);
        lock (Gate)
        {
            if (ResolveLoginLocked(login) >= 0)
            {
                throw new ArgumentException($"A user with login '{login}' already exists.", nameof(login));
            }

            var document = WorkforceProfiles.FromLogin(login, managed ? ManagedAttribute : null);
            if (profile is not null)
            {
                foreach (var (name, value) in profile)
                {
                    document[name] = value?.DeepClone();
                }
            }

            var now = Now;
            var position = UserSlots;
            var state = new UserState
            {
                Position = position,
                Status = status,
                Created = now,
                Activated = status is "STAGED" or "PROVISIONED" ? 0 : now,
                StatusChanged = status == "STAGED" ? 0 : now,
                LastUpdated = now,
                PasswordChanged = status == "STAGED" ? 0 : now,
                Profile = ProfileJson.FromNode(document),
            };
            var record = AppendUserLocked(null, state);
            if (SearchLagMilliseconds > 0)
            {
                record.Indexed = null;
                record.IndexDueAt = now + SearchLagMilliseconds;
            }

            RecordLocked("user.lifecycle.create", "Create okta user", LogActor.System, null, UserTargetLocked(position));
            return record.Id;
        }
    }

    /// <summary>Finds a user by id or login (deleted users are not found).</summary>
    /// <param name="idOrLogin">The user id or login.</param>
    /// <returns>A snapshot of the user, or <see langword="null"/>.</returns>
    public EmulatedUser? FindUser(string idOrLogin)
    {
        ArgumentNullException.ThrowIfNull(idOrLogin);
        lock (Gate)
        {
            var position = ResolveUserLocked(idOrLogin);
            return position >= 0 && CurrentUserLocked(position) is { } state ? SnapshotLocked(position, state) : null;
        }
    }

    /// <summary>Enumerates snapshots of every existing user, customers included, in list order.</summary>
    /// <returns>The users; the sequence is read in batches, so it sees later changes to users not yet reached.</returns>
    public IEnumerable<EmulatedUser> EnumerateUsers()
    {
        var next = 0;
        while (true)
        {
            var batch = new List<EmulatedUser>(1024);
            lock (Gate)
            {
                for (; next < UserSlots && batch.Count < 1024; next++)
                {
                    if (CurrentUserLocked(next) is { } state)
                    {
                        batch.Add(SnapshotLocked(next, state));
                    }
                }
            }

            if (batch.Count == 0)
            {
                yield break;
            }

            foreach (var user in batch)
            {
                yield return user;
            }
        }
    }

    /// <summary>Gets the ids of users that are managed right now by the connector's rule (the attribute is exactly JSON <c>true</c>), in list order.</summary>
    /// <returns>The managed user ids, deprovisioned ones included.</returns>
    public IReadOnlyList<string> ManagedUserIds()
    {
        lock (Gate)
        {
            var ids = new List<string>();
            foreach (var position in _materialized)
            {
                var record = _users[position]!;
                if (record.Current?.Profile is { } profile && ProfileJson.IsStrictlyTrue(profile, ManagedAttribute))
                {
                    ids.Add(record.Id);
                }
            }

            return ids;
        }
    }

    /// <summary>Sets one profile attribute, like an admin editing the profile (the value may be anything, for example the string "true" or 1).</summary>
    /// <param name="userId">The user id or login.</param>
    /// <param name="attribute">The attribute name.</param>
    /// <param name="value">The new value; <see langword="null"/> writes JSON null.</param>
    public void SetUserProfileValue(string userId, string attribute, JsonNode? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(attribute);
        ChangeUser(userId, s => s with { Profile = ProfileJson.Set(s.Profile, attribute, value) }, "user.account.update_profile", "Update user profile for Okta");
    }

    /// <summary>Removes one profile attribute.</summary>
    /// <param name="userId">The user id or login.</param>
    /// <param name="attribute">The attribute name.</param>
    public void RemoveUserProfileValue(string userId, string attribute)
    {
        ArgumentException.ThrowIfNullOrEmpty(attribute);
        ChangeUser(userId, s => s with { Profile = ProfileJson.Remove(s.Profile, attribute) }, "user.account.update_profile", "Update user profile for Okta");
    }

    /// <summary>Replaces the whole profile with raw JSON, served byte for byte (duplicate or nested attributes allowed, to test fail-closed readers).</summary>
    /// <param name="userId">The user id or login.</param>
    /// <param name="profileJson">A JSON object.</param>
    public void SetUserProfileJson(string userId, string profileJson)
    {
        ArgumentNullException.ThrowIfNull(profileJson);
        var bytes = ProfileJson.Validate(profileJson);
        ChangeUser(userId, s => s with { Profile = bytes }, "user.account.update_profile", "Update user profile for Okta");
    }

    /// <summary>Sets a user's status directly (STAGED, PROVISIONED, ACTIVE, RECOVERY, PASSWORD_EXPIRED, LOCKED_OUT, SUSPENDED, DEPROVISIONED).</summary>
    /// <param name="userId">The user id or login.</param>
    /// <param name="status">The new status.</param>
    public void SetUserStatus(string userId, string status)
    {
        CheckStatus(status);
        var now = Now;
        ChangeUser(
            userId,
            s => s with { Status = status, StatusChanged = now, Activated = s.Activated == 0 && status != "STAGED" && status != "PROVISIONED" ? now : s.Activated },
            status == "DEPROVISIONED" ? "user.lifecycle.deactivate" : "user.lifecycle.activate",
            status == "DEPROVISIONED" ? "Deactivate Okta user" : "Change Okta user status");
    }

    /// <summary>Deletes a user at once (memberships and role assignments go with it), whatever its status.</summary>
    /// <param name="userId">The user id or login.</param>
    public void DeleteUser(string userId)
    {
        lock (Gate)
        {
            DeleteUserLocked(RequireUserLocked(userId), LogActor.System, null);
        }
    }

    internal static void CheckStatus(string status)
    {
        if (!Statuses.Contains(status))
        {
            throw new ArgumentException($"'{status}' is not an Okta user status; use one of {string.Join(", ", Statuses)}.", nameof(status));
        }
    }

    internal UserRecord AppendUserLocked(string? id, UserState state)
    {
        if (UserSlots >= OktaIds.MaxPositions)
        {
            throw new InvalidOperationException($"The emulator holds at most {OktaIds.MaxPositions} users.");
        }

        if (string.IsNullOrEmpty(id))
        {
            id = Ids.User(UserSlots);
        }

        EnsureCapacityLocked(UserSlots + 1);
        var record = new UserRecord(id, state);
        _users[UserSlots] = record;
        _materialized.Add(UserSlots);
        if (!string.Equals(Ids.User(UserSlots), id, StringComparison.Ordinal))
        {
            _explicitUserIds[id] = UserSlots;
        }

        if (state.Profile is { } profile && ProfileJson.GetString(profile, "login") is { } login)
        {
            _logins[login] = UserSlots;
        }

        UserSlots++;
        return record;
    }

    internal void ReserveGeneratedLocked(int count, IReadOnlyCollection<int> excluded)
    {
        EnsureCapacityLocked(count);
        UserSlots = count;
        GeneratedCount = count;
        var looseTrue = new List<int>();
        for (var p = 0; p < count; p++)
        {
            if (Customers.Decoy(p) == DecoyKind.StringTrue && !excluded.Contains(p))
            {
                looseTrue.Add(p);
            }
        }

        _pristineLooseTrue = [.. looseTrue];
    }

    /// <summary>Places a materialized record at a generated position (seeding workforce users between customers).</summary>
    internal void PlaceUserLocked(UserRecord record, int position)
    {
        _users[position] = record;
        _materialized.Add(position);
        if (record.Current?.Profile is { } profile && ProfileJson.GetString(profile, "login") is { } login)
        {
            _logins[login] = position;
        }
    }

    internal UserState? CurrentUserLocked(int position)
    {
        if ((uint)position >= (uint)UserSlots)
        {
            return null;
        }

        return _users[position] is { } record ? record.Current : Customers.State(position);
    }

    internal UserRecord? RecordLocked(int position) => (uint)position < (uint)UserSlots ? _users[position] : null;

    internal string UserIdLocked(int position) => _users[position]?.Id ?? Ids.User(position);

    /// <summary>Resolves an id or a login to a position, or -1. Deleted users still resolve (callers check <see cref="CurrentUserLocked"/>).</summary>
    internal int ResolveUserLocked(string idOrLogin)
    {
        if (_explicitUserIds.TryGetValue(idOrLogin, out var explicitPosition))
        {
            return explicitPosition;
        }

        if (Ids.TryDecodeUser(idOrLogin, out var position) && position < UserSlots && string.Equals(UserIdLocked(position), idOrLogin, StringComparison.Ordinal))
        {
            return position;
        }

        return ResolveLoginLocked(idOrLogin);
    }

    internal int ResolveLoginLocked(string login)
    {
        if (_logins.TryGetValue(login, out var position))
        {
            return position;
        }

        return Customers.TryDecodeLogin(login, out position) && position < GeneratedCount && _users[position] is null ? position : -1;
    }

    internal int RequireUserLocked(string idOrLogin)
    {
        ArgumentNullException.ThrowIfNull(idOrLogin);
        var position = ResolveUserLocked(idOrLogin);
        if (position < 0 || CurrentUserLocked(position) is null)
        {
            throw new ArgumentException($"No user '{idOrLogin}' in the emulated org.", nameof(idOrLogin));
        }

        return position;
    }

    /// <summary>Turns a generated customer into a stored record so it can change.</summary>
    internal UserRecord MaterializeLocked(int position)
    {
        if (_users[position] is { } existing)
        {
            return existing;
        }

        var state = Customers.State(position) with { Profile = Customers.RenderProfile(position) };
        var record = new UserRecord(Ids.User(position), state);
        PlaceUserLocked(record, position);
        return record;
    }

    /// <summary>Applies a change to the current version; the index follows after the lag unless frozen.</summary>
    internal UserState ChangeUserLocked(int position, Func<UserState, UserState> change, bool touch = true)
    {
        var record = MaterializeLocked(position);
        var before = record.Current ?? throw new InvalidOperationException("The user is deleted.");
        var after = change(before);
        if (touch)
        {
            after = after with { LastUpdated = Math.Max(Now, before.LastUpdated + 1) };
        }

        record.Current = after;
        ScheduleIndexLocked(record);
        var oldLogin = ProfileJson.GetString(before.Profile!, "login");
        var newLogin = ProfileJson.GetString(after.Profile!, "login");
        if (!string.Equals(oldLogin, newLogin, StringComparison.Ordinal))
        {
            if (oldLogin is not null)
            {
                _logins.Remove(oldLogin);
            }

            if (newLogin is not null)
            {
                _logins[newLogin] = position;
            }
        }

        return after;
    }

    internal void DeleteUserLocked(int position, LogActor actor, string? requestId)
    {
        var target = UserTargetLocked(position);
        var record = MaterializeLocked(position);
        if (record.Current?.Profile is { } profile && ProfileJson.GetString(profile, "login") is { } login)
        {
            _logins.Remove(login);
        }

        record.Current = null;
        ScheduleIndexLocked(record);
        foreach (var group in _groups)
        {
            if (group.Members.Remove(position))
            {
                group.LastMembershipUpdated = Now;
            }
        }

        _userRoles.Remove(position);
        RecordLocked("user.lifecycle.delete.completed", "Delete Okta user completed", actor, requestId, target);
    }

    internal LogActor UserTargetLocked(int position)
    {
        var state = CurrentUserLocked(position);
        var login = state is null ? string.Empty : UserLoginLocked(state);
        var name = state is null ? string.Empty : UserDisplayNameLocked(state);
        return new LogActor(UserIdLocked(position), "User", login, name);
    }

    internal string UserLoginLocked(UserState state) =>
        state.Profile is { } p ? ProfileJson.GetString(p, "login") ?? string.Empty : Customers.Login(state.Position);

    internal bool IsManaged(UserState state) => state.Profile is { } p && ProfileJson.IsStrictlyTrue(p, ManagedAttribute);

    private string UserDisplayNameLocked(UserState state)
    {
        var value = state.Profile is { } p ? ProfileJson.Get(p, "displayName") : Customers.GetField(state.Position, "displayName");
        return value.Text ?? string.Empty;
    }

    private void ChangeUser(string userId, Func<UserState, UserState> change, string eventType, string message)
    {
        lock (Gate)
        {
            var position = RequireUserLocked(userId);
            ChangeUserLocked(position, change);
            RecordLocked(eventType, message, LogActor.System, null, UserTargetLocked(position));
        }
    }

    private EmulatedUser SnapshotLocked(int position, UserState state)
    {
        var profile = state.Profile ?? Customers.RenderProfile(position);
        return new EmulatedUser(
            UserIdLocked(position),
            state.Status,
            ProfileJson.GetString(profile, "login") ?? string.Empty,
            ProfileJson.GetString(profile, "email"),
            ProfileJson.IsStrictlyTrue(profile, ManagedAttribute),
            ProfileJson.ToText(profile));
    }

    private void EnsureCapacityLocked(int count)
    {
        if (count > _users.Length)
        {
            Array.Resize(ref _users, Math.Max(count, Math.Min(OktaIds.MaxPositions, _users.Length * 2)));
        }
    }
}
