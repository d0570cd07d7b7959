using System.Text.Json;
using System.Text.Json.Nodes;

namespace OktaCiam.Connector.Testing.Tests.Emulator;

public sealed class EmulatedOrgTests
{
    [Fact]
    public void Seed_SameSpecTwice_ProducesTheSameOrg()
    {
        var first = CreateSut(new OktaEmulatorSeed { RandomSeed = 7, ManagedUsers = 25, Customers = 400 });
        var second = CreateSut(new OktaEmulatorSeed { RandomSeed = 7, ManagedUsers = 25, Customers = 400 });

        Describe(first).Should().Equal(Describe(second));
        first.Fixtures.Should().Equal(second.Fixtures);
        first.ListGroups().Select(g => (g.Id, g.Name, g.MemberCount)).Should().Equal(second.ListGroups().Select(g => (g.Id, g.Name, g.MemberCount)));
    }

    [Fact]
    public void Seed_DifferentRandomSeed_ProducesADifferentOrg()
    {
        var first = CreateSut(new OktaEmulatorSeed { RandomSeed = 7 });
        var second = CreateSut(new OktaEmulatorSeed { RandomSeed = 8 });

        Describe(first).Should().NotEqual(Describe(second));
    }

    [Fact]
    public void Seed_Spec_GivesTheRequestedPopulation()
    {
        var org = CreateSut(new OktaEmulatorSeed { ManagedUsers = 30, Customers = 1000, ManagedGroups = 5, CustomerGroups = 4, ManagedAppGroups = 2, DeprovisionedManagedUsers = 3, IncludeEdgeCases = false });

        var users = org.EnumerateUsers().ToList();

        users.Should().HaveCount(1030);
        org.ManagedUserIds().Should().HaveCount(30);
        users.Count(u => u.IsManaged && u.Status == "DEPROVISIONED").Should().Be(3);
        org.ListGroups().Count(g => g.Type == "OKTA_GROUP" && g.IsManaged).Should().Be(5);
        org.ListGroups().Count(g => g.Type == "OKTA_GROUP" && !g.IsManaged).Should().Be(4);
        org.ListGroups().Count(g => g.Type == "APP_GROUP" && g.IsManaged).Should().Be(2);
        org.ListGroups().Should().ContainSingle(g => g.Type == "BUILT_IN" && g.Name == "Everyone");
        org.CustomRoleIds().Should().HaveCount(2);
        org.ResourceSetIds().Should().HaveCount(2);
        users.Select(u => u.Login).Should().OnlyHaveUniqueItems();
        users.Select(u => u.Id).Should().OnlyHaveUniqueItems().And.OnlyContain(id => id.Length == 20 && id.StartsWith("00u", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_ManagedUsers_AreSpreadAmongCustomers()
    {
        var org = CreateSut(new OktaEmulatorSeed { ManagedUsers = 20, Customers = 2000, IncludeEdgeCases = false });

        var positions = org.EnumerateUsers().Select((u, i) => (u, i)).Where(x => x.u.IsManaged).Select(x => x.i).ToList();

        positions.Max().Should().BeGreaterThan(1000);
        positions.Min().Should().BeLessThan(1000);
    }

    [Fact]
    public void Seed_Roles_CoverStandardCustomIamAndGroupInheritedAssignments()
    {
        var org = CreateSut(new OktaEmulatorSeed { ManagedUsers = 40 });

        var assignments = org.ManagedUserIds().SelectMany(org.GetUserRoles).ToList();

        assignments.Should().Contain(a => a.Type == "SUPER_ADMIN" && a.AssigneeId == org.TokenOwnerId);
        assignments.Should().Contain(a => a.Type == "CUSTOM" && a.CustomRoleId != null && a.ResourceSetId != null && a.AssignmentType == "USER");
        assignments.Should().Contain(a => a.Type == "ACCESS_REQUESTS_ADMIN" && a.ResourceSetId == "ACCESS_REQUESTS_IAM_POLICY");
        assignments.Should().Contain(a => a.AssignmentType == "GROUP" && a.Type == "READ_ONLY_ADMIN");
        assignments.Should().Contain(a => a.AssignmentType == "GROUP" && a.Type == "CUSTOM");
        org.GetUserRoles(org.Fixtures["customer-with-role"]).Should().ContainSingle(a => a.Type == "HELP_DESK_ADMIN");
    }

    [Fact]
    public void Fixtures_EdgeCases_AreNotManagedByTheStrictRule()
    {
        var org = CreateSut(new OktaEmulatorSeed());

        foreach (var (name, id) in org.Fixtures.Where(f => f.Key.StartsWith("customer-", StringComparison.Ordinal)))
        {
            var managed = name.StartsWith("customer-group", StringComparison.Ordinal) ? org.FindGroup(id)!.IsManaged : org.FindUser(id)!.IsManaged;
            managed.Should().BeFalse(name);
        }

        org.FindUser(org.Fixtures["managed-special-login"])!.IsManaged.Should().BeTrue();
        var duplicate = org.FindUser(org.Fixtures["customer-duplicate-true-last"])!.ProfileJson;
        duplicate.Split("opal_okta_ciam_managed").Should().HaveCount(3, "the raw profile names the attribute twice");
        org.FindUser(org.Fixtures["customer-nested-true"])!.ProfileJson.Should().Contain("\"preferences\":{\"opal_okta_ciam_managed\":true}");
    }

    [Fact]
    public void SetUserProfileValue_OddValues_AreServedVerbatimAndNeverManaged()
    {
        var org = CreateSut(new OktaEmulatorSeed());
        var user = org.ManagedUserIds()[3];

        foreach (var value in new JsonNode?[] { "true", 1, null, new JsonArray(true), false })
        {
            org.SetUserProfileValue(user, "opal_okta_ciam_managed", value);

            var snapshot = org.FindUser(user)!;
            snapshot.IsManaged.Should().BeFalse();
            var profile = JsonNode.Parse(snapshot.ProfileJson)!.AsObject();
            profile.ContainsKey("opal_okta_ciam_managed").Should().BeTrue();
            (profile["opal_okta_ciam_managed"]?.ToJsonString() ?? "null").Should().Be(value?.ToJsonString() ?? "null");
        }

        org.RemoveUserProfileValue(user, "opal_okta_ciam_managed");
        JsonNode.Parse(org.FindUser(user)!.ProfileJson)!.AsObject().ContainsKey("opal_okta_ciam_managed").Should().BeFalse();
        org.SetUserProfileValue(user, "opal_okta_ciam_managed", true);
        org.FindUser(user)!.IsManaged.Should().BeTrue();
    }

    [Fact]
    public void SetUserProfileJson_DuplicateKeys_IsKeptAndNotManaged()
    {
        var org = CreateSut(new OktaEmulatorSeed());
        var user = org.ManagedUserIds()[1];
        const string raw = "{\"login\":\"dupe@corp.example.com\",\"opal_okta_ciam_managed\":true,\"opal_okta_ciam_managed\":true}";

        org.SetUserProfileJson(user, raw);

        org.FindUser(user)!.ProfileJson.Should().Be(raw);
        org.FindUser(user)!.IsManaged.Should().BeFalse();
        org.FindUser("dupe@corp.example.com")!.Id.Should().Be(user);
        FluentActions.Invoking(() => org.SetUserProfileJson(user, "[1]")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => org.SetUserProfileJson(user, "{\"a\":")).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void SetUserProfileValue_OnAGeneratedCustomer_KeepsTheRestOfItsProfile()
    {
        var org = CreateSut(new OktaEmulatorSeed { Customers = 50, IncludeEdgeCases = false });
        var customer = org.EnumerateUsers().First(u => !u.IsManaged);
        var before = JsonNode.Parse(customer.ProfileJson)!.AsObject();

        org.SetUserProfileValue(customer.Id, "customerTier", "platinum");

        var after = JsonNode.Parse(org.FindUser(customer.Id)!.ProfileJson)!.AsObject();
        after["customerTier"]!.GetValue<string>().Should().Be("platinum");
        after.Select(p => p.Key).Should().Equal(before.Select(p => p.Key).Concat(before.ContainsKey("customerTier") ? [] : ["customerTier"]));
        org.FindUser(customer.Login)!.Id.Should().Be(customer.Id);
    }

    [Fact]
    public void SetUserProfileValue_NewLogin_MovesTheLoginLookup()
    {
        var org = CreateSut(new OktaEmulatorSeed());
        var user = org.FindUser(org.ManagedUserIds()[2])!;

        org.SetUserProfileValue(user.Id, "login", "renamed@corp.example.com");

        org.FindUser(user.Login).Should().BeNull();
        org.FindUser("renamed@corp.example.com")!.Id.Should().Be(user.Id);
    }

    [Fact]
    public void AddUser_DuplicateLogin_Throws()
    {
        var org = CreateSut(OktaEmulatorSeed.Empty);
        org.AddUser("someone@example.com");

        FluentActions.Invoking(() => org.AddUser("SOMEONE@example.com")).Should().Throw<ArgumentException>().WithMessage("*already exists*");
    }

    [Fact]
    public void AddUser_ProfileOverrides_AreApplied()
    {
        var org = CreateSut(OktaEmulatorSeed.Empty);

        var id = org.AddUser("ada.lovelace@corp.example.com", managed: true, new JsonObject { ["title"] = "Analyst", ["secondEmail"] = null }, "STAGED");

        var user = org.FindUser(id)!;
        user.IsManaged.Should().BeTrue();
        user.Status.Should().Be("STAGED");
        var profile = JsonNode.Parse(user.ProfileJson)!;
        profile["firstName"]!.GetValue<string>().Should().Be("Ada");
        profile["title"]!.GetValue<string>().Should().Be("Analyst");
        profile.AsObject().ContainsKey("secondEmail").Should().BeTrue();
    }

    [Fact]
    public void Unknown_IdsAndValues_ThrowClearErrors()
    {
        var org = CreateSut(new OktaEmulatorSeed());

        FluentActions.Invoking(() => org.SetUserStatus("00uNope", "ACTIVE")).Should().Throw<ArgumentException>().WithMessage("*00uNope*");
        FluentActions.Invoking(() => org.SetUserStatus(org.TokenOwnerId, "SLEEPING")).Should().Throw<ArgumentException>().WithMessage("*SLEEPING*");
        FluentActions.Invoking(() => org.AddGroupMember("00gNope", org.TokenOwnerId)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => org.AddGroup("x", type: "WEIRD")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => org.DenyPermission("okta.apps.read")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => org.AssignUserRole(org.TokenOwnerId, "SUPER_ADMIN")).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => org.SetUserSchemaAttribute("x", "date")).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void DeleteUser_RemovesMembershipsAndRoles()
    {
        var org = CreateSut(new OktaEmulatorSeed());
        var user = org.ManagedUserIds()[1];
        org.AssignUserRole(user, "REPORT_ADMIN");
        var groups = org.GetUserGroupIds(user);

        org.DeleteUser(user);

        org.FindUser(user).Should().BeNull();
        org.ManagedUserIds().Should().NotContain(user);
        groups.Should().OnlyContain(g => !org.GetGroupMemberIds(g).Contains(user));
    }

    [Fact]
    public void Seed_HundredThousandCustomers_IsCheapInMemory()
    {
        var before = GC.GetTotalMemory(true);

        var org = CreateSut(new OktaEmulatorSeed { ManagedUsers = 500, Customers = 100_000 });

        (GC.GetTotalMemory(true) - before).Should().BeLessThan(40_000_000, "customers are generated, not stored");
        org.UserCount.Should().BeGreaterThanOrEqualTo(100_500);
        GC.KeepAlive(org);
    }

    [Fact]
    public void EnumerateUsers_GeneratedCustomers_HaveRealisticProfiles()
    {
        var org = CreateSut(new OktaEmulatorSeed { Customers = 300, IncludeEdgeCases = false });

        var profiles = org.EnumerateUsers().Where(u => !u.IsManaged).Select(u => JsonNode.Parse(u.ProfileJson)!.AsObject()).ToList();

        profiles.Should().OnlyContain(p => p.Count >= 15 && p.Count <= 30);
        profiles.Should().Contain(p => p["firstName"]!.GetValue<string>().Any(c => c > 127), "names include non-ASCII characters");
        profiles.Should().OnlyContain(p => p["login"]!.GetValue<string>() == p["email"]!.GetValue<string>());
        profiles.Should().Contain(p => p.ContainsKey("opal_okta_ciam_managed"), "some customers carry a decoy value");
    }

    private static EmulatedOrg CreateSut(OktaEmulatorSeed seed)
    {
        var options = new OktaEmulatorOptions { Seed = seed, TimeProvider = new Microsoft.Extensions.Time.Testing.FakeTimeProvider() };
        var org = new EmulatedOrg(options, 0x5EEDUL + (ulong)seed.RandomSeed);
        org.Seed(seed);
        return org;
    }

    private static List<string> Describe(EmulatedOrg org) =>
        [.. org.EnumerateUsers().Select(u => $"{u.Id}|{u.Login}|{u.Status}|{u.IsManaged}|{JsonSerializer.Serialize(org.GetUserGroupIds(u.Id))}|{org.GetUserRoles(u.Id).Count}")];
}
