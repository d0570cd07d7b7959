using System.Globalization;
using System.Text.Json.Nodes;

namespace OktaCiam.Connector.Testing;

/// <summary>Profiles for workforce users (seeded or added by tests).</summary>
internal static class WorkforceProfiles
{
    public const string Domain = "corp.example.com";

    public static JsonObject Generate(Random random, int number, string first, string last, string login, string? managerName, string? managerId, string managedAttribute)
    {
        var place = NameData.Places[random.Next(NameData.Places.Length)];
        var department = NameData.Departments[random.Next(NameData.Departments.Length)];
        var profile = new JsonObject
        {
            ["login"] = login,
            ["firstName"] = first,
            ["lastName"] = last,
            ["displayName"] = $"{first} {last}",
            ["nickName"] = random.Next(4) == 0 ? NameData.Nicknames[random.Next(NameData.Nicknames.Length)] : null,
            ["email"] = login,
            ["secondEmail"] = null,
            ["title"] = NameData.Titles[random.Next(NameData.Titles.Length)],
            ["department"] = department,
            ["division"] = department == "R&D" ? "Research \"Labs\"" : "Operations",
            ["organization"] = "Example Corp",
            ["costCenter"] = (1000 + random.Next(90)).ToString(CultureInfo.InvariantCulture),
            ["employeeNumber"] = (10000 + number).ToString(CultureInfo.InvariantCulture),
            ["employeeType"] = random.Next(10) == 0 ? "Contractor" : "Full-time",
            ["userType"] = "Employee",
            ["manager"] = managerName,
            ["managerId"] = managerId,
            ["mobilePhone"] = $"+1-555-{random.Next(100, 999)}-{random.Next(0, 9999):D4}",
            ["primaryPhone"] = null,
            ["city"] = place.City,
            ["state"] = place.State,
            ["countryCode"] = place.Country,
            ["preferredLanguage"] = place.Language,
            ["locale"] = place.Language.Replace('-', '_'),
            ["timezone"] = place.TimeZone,
            [managedAttribute] = true,
        };
        return profile;
    }

    /// <summary>A plausible profile for a login given by a test: names come from the local part.</summary>
    public static JsonObject FromLogin(string login, string? managedAttribute)
    {
        var local = login.Split('@')[0];
        var parts = local.Split(['.', '_', '+', '-'], StringSplitOptions.RemoveEmptyEntries);
        var first = Capitalize(parts.Length > 0 ? parts[0] : local);
        var last = Capitalize(parts.Length > 1 ? parts[1] : "User");
        var profile = new JsonObject
        {
            ["login"] = login,
            ["firstName"] = first,
            ["lastName"] = last,
            ["displayName"] = $"{first} {last}",
            ["email"] = login,
            ["secondEmail"] = null,
            ["mobilePhone"] = null,
            ["userType"] = managedAttribute is null ? "Customer" : "Employee",
            ["locale"] = "en_US",
            ["timezone"] = "America/Los_Angeles",
        };
        if (managedAttribute is not null)
        {
            profile["department"] = "IT";
            profile["title"] = "Administrator";
            profile[managedAttribute] = true;
        }

        return profile;
    }

    private static string Capitalize(string text) => text.Length == 0 ? "User" : char.ToUpperInvariant(text[0]) + text[1..];
}
