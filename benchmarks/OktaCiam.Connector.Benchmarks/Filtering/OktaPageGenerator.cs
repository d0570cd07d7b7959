using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OktaCiam.Connector.Benchmarks;

/// <summary>
/// Deterministic list pages in Okta's real shape: users of 1.5–3 KB with 15–30 profile attributes, some unicode,
/// <c>credentials</c> and <c>_links</c>; and role-assignee lists (<c>{"value":[…],"_links":…}</c>).
/// </summary>
internal static class OktaPageGenerator
{
    public const string Attribute = "opal_okta_ciam_managed";
    public const int PageSize = 200;

    // Okta writes non-ASCII characters as raw UTF-8, not as \u escapes.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] FirstNames = ["Alice", "José", "Zoë", "Łukasz", "Søren", "Aiyana", "Chloé", "Mateus", "Nguyễn", "Olamide", "Priya", "Ren", "Sven", "Tomás", "Yuki", "Ærin", "Björk", "Chen", "Dmitri", "Émile"];
    private static readonly string[] LastNames = ["Smith", "García", "Müller", "Kowalski", "Ødegaard", "O'Brien", "Nakamura", "Dubois", "Rossi", "Silva", "Иванов", "李", "Öztürk", "Jensen", "Nowak", "Håkansson"];
    private static readonly string[] Cities = ["San Francisco", "München", "Kraków", "São Paulo", "Zürich", "Tōkyō", "Reykjavík", "Montréal", "København", "Malmö"];
    private static readonly string[] Departments = ["Engineering", "Support", "Finance", "Marketing", "Sales", "Legal", "R&D"];
    private static readonly string[] Tiers = ["bronze", "silver", "gold", "platinum"];

    /// <summary>Builds <paramref name="pageCount"/> user pages where <paramref name="managedShare"/> of all users are managed, spread evenly.</summary>
    public static byte[][] UserPages(double managedShare, int pageCount, int seed = 20_240_601)
    {
        var random = new Random(seed);
        var total = pageCount * PageSize;
        var managed = (int)Math.Round(total * managedShare);
        var pages = new byte[pageCount][];
        for (var p = 0; p < pageCount; p++)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                writer.WriteStartArray();
                for (var i = 0; i < PageSize; i++)
                {
                    var index = (p * PageSize) + i;
                    var isManaged = managed > 0 && (long)index * managed / total != (long)(index + 1) * managed / total;
                    WriteUser(writer, random, index, isManaged);
                }

                writer.WriteEndArray();
            }

            pages[p] = buffer.ToArray();
        }

        return pages;
    }

    /// <summary>Builds role-assignee pages (<c>/api/v1/iam/assignees/users</c>) and the ids of the managed users among them.</summary>
    public static (byte[][] Pages, string[] ManagedIds) AssigneePages(double managedShare, int pageCount)
    {
        var total = pageCount * PageSize;
        var managed = (int)Math.Round(total * managedShare);
        var managedIds = new List<string>();
        var pages = new byte[pageCount][];
        for (var p = 0; p < pageCount; p++)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                writer.WriteStartObject();
                writer.WriteStartArray("value");
                for (var i = 0; i < PageSize; i++)
                {
                    var index = (p * PageSize) + i;
                    var id = UserId(index);
                    if (managed > 0 && (long)index * managed / total != (long)(index + 1) * managed / total)
                    {
                        managedIds.Add(id);
                    }

                    writer.WriteStartObject();
                    writer.WriteString("id", id);
                    writer.WriteString("orn", $"orn:okta:directory:00o5rb5mt2H3d1TJd0h7:users:{id}");
                    writer.WriteStartObject("_links");
                    writer.WriteStartObject("self");
                    writer.WriteString("href", $"https://acme.okta.com/api/v1/users/{id}");
                    writer.WriteEndObject();
                    writer.WriteStartObject("roles");
                    writer.WriteString("href", $"https://acme.okta.com/api/v1/users/{id}/roles");
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteStartObject("_links");
                writer.WriteStartObject("next");
                writer.WriteString("href", $"https://acme.okta.com/api/v1/iam/assignees/users?after={UserId(((p + 1) * PageSize) - 1)}&limit=200");
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            pages[p] = buffer.ToArray();
        }

        return (pages, [.. managedIds]);
    }

    /// <summary>The ids of the managed users in pages built by <see cref="UserPages"/>.</summary>
    public static string[] ManagedIds(byte[][] pages)
    {
        var filter = new ManagedIdentityFilter(Attribute);
        return [.. pages.SelectMany(page => filter.FilterPage(page, BenchmarkJsonContext.Default.OktaUser).Managed).Select(user => user.Id)];
    }

    public static string UserId(int index) => "00u" + index.ToString("D7", CultureInfo.InvariantCulture) + "TBGuay0g4";

    private static void WriteUser(Utf8JsonWriter writer, Random random, int index, bool isManaged)
    {
        var id = UserId(index);
        var first = Pick(random, FirstNames);
        var last = Pick(random, LastNames);
        var login = Ascii($"{first}.{last}.{index}@example.com").ToLowerInvariant();
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("status", random.Next(20) == 0 ? "DEPROVISIONED" : "ACTIVE");
        writer.WriteString("created", Date(random));
        writer.WriteString("activated", Date(random));
        writer.WriteString("statusChanged", Date(random));
        writer.WriteString("lastLogin", Date(random));
        writer.WriteString("lastUpdated", Date(random));
        writer.WriteString("passwordChanged", Date(random));
        writer.WriteStartObject("type");
        writer.WriteString("id", "oty1162QAr8hJjTaq0g4");
        writer.WriteEndObject();

        writer.WriteStartObject("profile");
        writer.WriteString("login", login);
        writer.WriteString("email", login);
        writer.WriteString("firstName", first);
        writer.WriteString("lastName", last);
        writer.WriteString("displayName", $"{first} {last}");
        writer.WriteString("nickName", first);
        writer.WriteNull("secondEmail");
        writer.WriteString("mobilePhone", $"+1-555-{random.Next(100, 999)}-{random.Next(1000, 9999)}");
        writer.WriteString("primaryPhone", $"+1-555-{random.Next(100, 999)}-{random.Next(1000, 9999)}");
        writer.WriteString("streetAddress", $"{random.Next(1, 999)} {Pick(random, LastNames)} Street");
        writer.WriteString("city", Pick(random, Cities));
        writer.WriteString("state", "CA");
        writer.WriteString("zipCode", random.Next(10000, 99999).ToString(CultureInfo.InvariantCulture));
        writer.WriteString("countryCode", "US");
        writer.WriteString("preferredLanguage", "en-US");
        writer.WriteString("locale", "en_US");
        writer.WriteString("timezone", "America/Los_Angeles");
        var extra = random.Next(0, 12);
        if (isManaged || extra > 6)
        {
            writer.WriteString("userType", isManaged ? "Employee" : "Customer");
            writer.WriteString("organization", "Acme");
            writer.WriteString("department", Pick(random, Departments));
            writer.WriteString("title", "Senior Engineer");
            writer.WriteString("employeeNumber", random.Next(1, 99999).ToString(CultureInfo.InvariantCulture));
            writer.WriteString("costCenter", random.Next(1, 99).ToString(CultureInfo.InvariantCulture));
        }

        writer.WriteString("loyaltyTier", Pick(random, Tiers));
        writer.WriteBoolean("marketingOptIn", random.Next(2) == 0);
        writer.WriteString("signupSource", random.Next(3) == 0 ? "mobile-app" : "web");
        writer.WriteNumber("lifetimeOrders", random.Next(0, 500));
        writer.WriteString("bio", $"Hi, I'm {first} ✨ — I love hiking near {Pick(random, Cities)} and trying new recipes.");
        if (isManaged)
        {
            writer.WriteBoolean(Attribute, true);
        }
        else
        {
            switch (random.Next(20))
            {
                case 0:
                    writer.WriteBoolean(Attribute, false);
                    break;
                case 1:
                    writer.WriteNull(Attribute);
                    break;
            }
        }

        writer.WriteEndObject();

        writer.WriteStartObject("credentials");
        writer.WriteStartObject("password");
        writer.WriteEndObject();
        writer.WriteStartObject("recovery_question");
        writer.WriteString("question", "What's my childhood elementary school?");
        writer.WriteEndObject();
        writer.WriteStartObject("provider");
        writer.WriteString("type", "OKTA");
        writer.WriteString("name", "OKTA");
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartObject("_links");
        foreach (var (rel, suffix) in (ReadOnlySpan<(string, string)>)[("self", string.Empty), ("suspend", "/lifecycle/suspend"), ("resetPassword", "/lifecycle/reset_password"), ("deactivate", "/lifecycle/deactivate")])
        {
            writer.WriteStartObject(rel);
            writer.WriteString("href", $"https://acme.okta.com/api/v1/users/{id}{suffix}");
            if (rel != "self")
            {
                writer.WriteString("method", "POST");
            }

            writer.WriteEndObject();
        }

        writer.WriteStartObject("schema");
        writer.WriteString("href", "https://acme.okta.com/api/v1/meta/schemas/user/osc1162QAr8hJjTaq0g4");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string Date(Random random) =>
        new DateTime(2015, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(random.Next(0, 300_000_000)).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '@')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
