using System.Text.Json.Nodes;

namespace OktaCiam.Connector.Testing;

/// <summary>Builds an org from an <see cref="OktaEmulatorSeed"/>; every choice comes from the seed, so the same spec gives the same org.</summary>
internal static class OrgSeeder
{
    private const long Day = 86_400_000L;

    private static readonly string[] ManagedGroupNames =
    [
        "Workforce – Platform Admins", "Workforce – Security Operations", "Workforce – Help Desk", "Workforce – Finance Approvers",
        "Workforce – SRE On-call", "Workforce – Identity Team", "Workforce – Legal Reviewers", "Workforce – Release Managers",
    ];

    private static readonly string[] CustomerGroupNames =
    [
        "Customers – Gold Tier", "Newsletter Subscribers", "Beta Testers", "Customers – EU", "Loyalty Program", "Customers – Partner Referrals",
    ];

    private static readonly string[] StandardRolePool =
    [
        "HELP_DESK_ADMIN", "READ_ONLY_ADMIN", "USER_ADMIN", "APP_ADMIN", "REPORT_ADMIN", "GROUP_MEMBERSHIP_ADMIN", "ORG_ADMIN", "API_ACCESS_MANAGEMENT_ADMIN", "MOBILE_ADMIN",
    ];

    public static void Seed(EmulatedOrg org, OktaEmulatorSeed spec)
    {
        spec.Validate();
        var random = new Random(spec.RandomSeed);
        var epoch = org.SeedEpoch;
        var total = spec.ManagedUsers + spec.Customers;

        var managed = PickPositions(random, total, spec.ManagedUsers);
        var managedSet = new HashSet<int>(managed);
        org.ReserveGeneratedLocked(total, managedSet);

        var order = managed.OrderBy(_ => random.Next()).ToArray();
        var logins = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var managedIds = new string[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            var position = order[i];
            var (first, firstAscii) = NameData.FirstNames[random.Next(NameData.FirstNames.Length)];
            var (last, lastAscii) = NameData.LastNames[random.Next(NameData.LastNames.Length)];
            var login = $"{firstAscii}.{lastAscii}@{WorkforceProfiles.Domain}";
            for (var n = 2; !logins.Add(login); n++)
            {
                login = $"{firstAscii}.{lastAscii}{n}@{WorkforceProfiles.Domain}";
            }

            var manager = i == 0 ? -1 : random.Next(i);
            var profile = WorkforceProfiles.Generate(
                random, i, first, last, login, manager < 0 ? null : ProfileJson.GetString(org.RecordLocked(order[manager])!.Current!.Profile, "displayName"),
                manager < 0 ? null : managedIds[manager], org.ManagedAttribute);
            var status = i > 0 && i >= order.Length - spec.DeprovisionedManagedUsers ? "DEPROVISIONED"
                : i % 29 == 11 ? "SUSPENDED"
                : i % 31 == 13 ? "PROVISIONED"
                : "ACTIVE";
            var created = epoch - (Day * (60 + random.Next(1500)));
            var state = new UserState
            {
                Position = position,
                Status = status,
                Created = created,
                Activated = status == "PROVISIONED" ? 0 : created + 1000,
                StatusChanged = created + 1000 + (Day * random.Next(30)),
                LastLogin = status == "PROVISIONED" ? 0 : epoch - (Day * random.Next(1, 20)),
                LastUpdated = epoch - (Day * random.Next(1, 20)) - 60_000,
                PasswordChanged = status == "PROVISIONED" ? 0 : created + 2000,
                Profile = ProfileJson.FromNode(profile),
                HasRecoveryQuestion = random.Next(2) == 0,
            };
            managedIds[i] = org.Ids.User(position);
            org.PlaceUserLocked(new UserRecord(managedIds[i], state), position);
        }

        if (order.Length > 0)
        {
            org.SetTokenOwnerLocked(order[0]);
            org.AddFixture("token-owner", managedIds[0]);
            if (spec.DeprovisionedManagedUsers > 0)
            {
                org.AddFixture("managed-deprovisioned", managedIds[^1]);
            }
        }
        else
        {
            var admin = org.AppendUserLocked(string.Empty, NewState(org, WorkforceProfiles.FromLogin("okta.admin@" + WorkforceProfiles.Domain, null), epoch - (Day * 400)));
            org.SetTokenOwnerLocked(admin.Position);
            org.AddFixture("token-owner", admin.Id);
        }

        // Groups: Everyone first, then managed and customer groups interleaved so order says nothing about management.
        if (spec.IncludeEveryoneGroup)
        {
            var everyone = org.CreateGroupLocked(
                ProfileJson.FromNode(new JsonObject { ["name"] = "Everyone", ["description"] = "All users in your organization" }), "BUILT_IN", epoch - (Day * 2000), isEveryone: true);
            org.AddFixture("everyone", everyone.Id);
        }

        var kinds = Enumerable.Repeat(true, spec.ManagedGroups).Concat(Enumerable.Repeat(false, spec.CustomerGroups)).OrderBy(_ => random.Next()).ToList();
        var managedGroups = new List<GroupRecord>();
        var customerGroups = new List<GroupRecord>();
        foreach (var isManaged in kinds)
        {
            var list = isManaged ? managedGroups : customerGroups;
            var names = isManaged ? ManagedGroupNames : CustomerGroupNames;
            var name = list.Count < names.Length ? names[list.Count] : $"{names[list.Count % names.Length]} {(list.Count / names.Length) + 1}";
            var profile = JsonNode.Parse(EmulatedOrg.GroupProfile(name, isManaged ? "Privileged workforce access" : "Customer segment", "OKTA_GROUP", isManaged ? org.ManagedAttribute : null))!.AsObject();
            profile["groupContact"] = isManaged ? "it-ops@" + WorkforceProfiles.Domain : "crm@" + WorkforceProfiles.Domain;
            list.Add(org.CreateGroupLocked(ProfileJson.FromNode(profile), "OKTA_GROUP", epoch - (Day * (100 + random.Next(900))), isEveryone: false));
        }

        var appGroups = new List<GroupRecord>();
        for (var i = 0; i < spec.ManagedAppGroups; i++)
        {
            appGroups.Add(org.CreateGroupLocked(
                EmulatedOrg.GroupProfile(i == 0 ? "AD Domain Admins" : $"AD Server Operators {i}", "Imported from Active Directory", "APP_GROUP", org.ManagedAttribute),
                "APP_GROUP", epoch - (Day * (200 + random.Next(500))), isEveryone: false));
        }

        if (managedGroups.Count > 0)
        {
            org.AddFixture("managed-group", managedGroups[0].Id);
        }

        if (customerGroups.Count > 0)
        {
            org.AddFixture("customer-group", customerGroups[0].Id);
        }

        if (appGroups.Count > 0)
        {
            org.AddFixture("managed-app-group", appGroups[0].Id);
        }

        // Memberships.
        for (var i = 0; i < order.Length && managedGroups.Count > 0; i++)
        {
            var count = i == 0 ? 1 : 1 + random.Next(Math.Min(3, managedGroups.Count));
            for (var k = 0; k < count; k++)
            {
                managedGroups[i == 0 ? 0 : random.Next(managedGroups.Count)].Members.Add(order[i]);
            }
        }

        if (customerGroups.Count > 0)
        {
            for (var p = 0; p < total; p++)
            {
                var h = Mix.Of(org.Key, p, 7);
                if (h % 5 != 0 && !managedSet.Contains(p))
                {
                    customerGroups[(int)((h >> 8) % (ulong)customerGroups.Count)].Members.AppendAscending(p);
                }
            }
        }

        var customers = spec.Customers;
        foreach (var group in managedGroups)
        {
            for (var k = 0; k < Math.Min(spec.CustomersPerManagedGroup, customers); k++)
            {
                group.Members.Add(PickCustomer(random, total, managedSet));
            }
        }

        foreach (var group in appGroups)
        {
            for (var k = 0; k < Math.Min(3, order.Length); k++)
            {
                group.Members.Add(order[random.Next(order.Length)]);
            }

            if (customers > 0)
            {
                group.Members.Add(PickCustomer(random, total, managedSet));
            }
        }

        // Roles.
        var resourceSets = new List<string>();
        for (var i = 0; i < spec.ResourceSets; i++)
        {
            resourceSets.Add(org.AddResourceSetLocked(i == 0 ? "Workforce users" : $"Workforce resources {i + 1}", "Users and groups of the workforce"));
        }

        var customRoles = new List<string>();
        for (var i = 0; i < spec.CustomRoles; i++)
        {
            customRoles.Add(org.AddCustomRoleLocked(i == 0 ? "Access Reviewer" : $"Custom Operator {i + 1}", "Custom role seeded by the emulator"));
        }

        if (!string.IsNullOrEmpty(spec.TokenOwnerRole))
        {
            org.AssignRoleLocked(false, org.TokenOwnerPositionLocked, spec.TokenOwnerRole, null, null, LogActor.System, null);
        }

        for (var i = 1; i < order.Length; i++)
        {
            if (i % 4 == 1)
            {
                org.AssignRoleLocked(false, order[i], StandardRolePool[random.Next(StandardRolePool.Length)], null, null, LogActor.System, null);
            }

            if (i % 9 == 2)
            {
                org.AssignRoleLocked(false, order[i], "ACCESS_REQUESTS_ADMIN", null, null, LogActor.System, null);
            }

            if (i % 5 == 3 && customRoles.Count > 0 && resourceSets.Count > 0)
            {
                org.AssignRoleLocked(false, order[i], "CUSTOM", customRoles[i % customRoles.Count], resourceSets[i % resourceSets.Count], LogActor.System, null);
            }
        }

        if (managedGroups.Count > 0)
        {
            org.AssignRoleLocked(true, managedGroups[0].Position, "READ_ONLY_ADMIN", null, null, LogActor.System, null);
        }

        if (managedGroups.Count > 1 && customRoles.Count > 0 && resourceSets.Count > 0)
        {
            org.AssignRoleLocked(true, managedGroups[1].Position, "CUSTOM", customRoles[0], resourceSets[0], LogActor.System, null);
        }

        for (var i = 0; i < Math.Min(spec.CustomersWithRoles, customers); i++)
        {
            var customer = PickCustomer(random, total, managedSet);
            org.AssignRoleLocked(false, customer, "HELP_DESK_ADMIN", null, null, LogActor.System, null);
            if (i == 0)
            {
                org.AddFixture("customer-with-role", org.Ids.User(customer));
            }
        }

        if (spec.IncludeEdgeCases)
        {
            AddEdgeCases(org, epoch, managedGroups.FirstOrDefault(), order.Length > 0);
        }
    }

    private static void AddEdgeCases(EmulatedOrg org, long epoch, GroupRecord? managedGroup, bool hasManaged)
    {
        var attr = org.ManagedAttribute;
        var created = epoch - (Day * 90);

        if (hasManaged)
        {
            var special = WorkforceProfiles.FromLogin("zoë.o'brien+ops#1/eu@" + WorkforceProfiles.Domain, attr);
            special["firstName"] = "Zoë";
            special["lastName"] = "Øvergård-Brontë";
            special["displayName"] = "Zoë Øvergård-Brontë 🦊";
            special["title"] = "Ingénieure \"Sécurité\" \\ Identité";
            var record = org.AppendUserLocked(string.Empty, NewState(org, special, created));
            org.AddFixture("managed-special-login", record.Id);
            managedGroup?.Members.Add(record.Position);
        }

        void Customer(string fixture, string login, Action<JsonObject>? edit = null, string? rawProfile = null)
        {
            var profile = WorkforceProfiles.FromLogin(login, null);
            edit?.Invoke(profile);
            var state = NewState(org, profile, created);
            if (rawProfile is not null)
            {
                state = state with { Profile = ProfileJson.Validate(rawProfile) };
            }

            var record = org.AppendUserLocked(string.Empty, state);
            org.AddFixture(fixture, record.Id);
            if (fixture == "customer-string-true")
            {
                managedGroup?.Members.Add(record.Position);
            }
        }

        Customer("customer-string-true", "casey.stringtrue@example.com", p => p[attr] = "true");
        Customer("customer-string-upper-true", "casey.uppertrue@example.com", p => p[attr] = "TRUE");
        Customer("customer-number-one", "nico.numberone@example.com", p => p[attr] = 1);
        Customer("customer-null", "nell.null@example.com", p => p[attr] = null);
        Customer("customer-false", "fran.false@example.com", p => p[attr] = false);
        Customer("customer-array-true", "arra.array@example.com", p => p[attr] = new JsonArray(true));
        Customer("customer-nested-true", "nessa.nested@example.com", p => p["preferences"] = new JsonObject { [attr] = true });
        Customer(
            "customer-duplicate-true-last",
            "dupe.last@example.com",
            rawProfile: $"{{\"login\":\"dupe.last@example.com\",\"email\":\"dupe.last@example.com\",\"firstName\":\"Dupe\",\"lastName\":\"Last\",\"{attr}\":false,\"{attr}\":true}}");
        Customer(
            "customer-duplicate-true-first",
            "dupe.first@example.com",
            rawProfile: $"{{\"login\":\"dupe.first@example.com\",\"email\":\"dupe.first@example.com\",\"firstName\":\"Dupe\",\"lastName\":\"First\",\"{attr}\":true,\"{attr}\":false}}");

        var oddGroup = org.CreateGroupLocked(EmulatedOrg.GroupProfile("Customers – VIP (string flag)", "Flag is the string \"true\"", "OKTA_GROUP", null), "OKTA_GROUP", created, isEveryone: false);
        oddGroup.Current = oddGroup.Current! with { Profile = ProfileJson.Set(oddGroup.Current.Profile, attr, "true") };
        oddGroup.Indexed = oddGroup.Current;
        org.AddFixture("customer-group-string-true", oddGroup.Id);
    }

    private static UserState NewState(EmulatedOrg org, JsonObject profile, long created) => new()
    {
        Position = org.UserSlots,
        Status = "ACTIVE",
        Created = created,
        Activated = created + 1000,
        StatusChanged = created + 1000,
        LastLogin = created + (Day * 3),
        LastUpdated = created + (Day * 2),
        PasswordChanged = created + 2000,
        Profile = ProfileJson.FromNode(profile),
    };

    private static int[] PickPositions(Random random, int total, int count)
    {
        if (count * 2 > total)
        {
            return [.. Enumerable.Range(0, total).OrderBy(_ => random.Next()).Take(count).Order()];
        }

        var picked = new HashSet<int>();
        while (picked.Count < count)
        {
            picked.Add(random.Next(total));
        }

        return [.. picked.Order()];
    }

    private static int PickCustomer(Random random, int total, HashSet<int> managed)
    {
        while (true)
        {
            var p = random.Next(total);
            if (!managed.Contains(p))
            {
                return p;
            }
        }
    }
}
