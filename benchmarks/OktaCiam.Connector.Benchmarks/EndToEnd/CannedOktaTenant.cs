using System.Text.Json;
using System.Text.Encodings.Web;

namespace OktaCiam.Connector.Benchmarks;

/// <summary>
/// A tenant of <see cref="Size"/> users served from a few canned pages: 10 distinct full-scan pages of 200 users (one of
/// them managed, so 0.05 % = 500 per 1,000,000) repeated until the tenant is listed, plus search pages holding only the
/// managed users and each managed user's own object for the confirming GET.
/// </summary>
internal sealed class CannedOktaTenant
{
    public const int DistinctPages = 10;
    public const int UsersPerManaged = 2_000;
    public const string SearchExpression = "profile." + OktaPageGenerator.Attribute + " eq true";

    public CannedOktaTenant(int size)
    {
        if (size <= 0 || size % UsersPerManaged != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, $"The tenant size must be a positive multiple of {UsersPerManaged}.");
        }

        Size = size;
        ManagedCount = size / UsersPerManaged;
        FullScanPages = OktaPageGenerator.UserPages(1.0 / UsersPerManaged, DistinctPages);

        // The managed users: all-managed pages cut to ManagedCount, then split into the search pages and one object per id.
        var allManaged = OktaPageGenerator.UserPages(1.0, (ManagedCount + OktaPageGenerator.PageSize - 1) / OktaPageGenerator.PageSize, seed: 7);
        var objects = new List<(string Id, byte[] Json)>();
        foreach (var page in allManaged)
        {
            using var document = JsonDocument.Parse(page);
            foreach (var user in document.RootElement.EnumerateArray())
            {
                if (objects.Count < ManagedCount)
                {
                    objects.Add((user.GetProperty("id").GetString()!, JsonSerializer.SerializeToUtf8Bytes(user)));
                }
            }
        }

        UserObjects = objects.ToDictionary(o => o.Id, o => o.Json, StringComparer.Ordinal);
        SearchPages = [.. objects.Chunk(OktaPageGenerator.PageSize).Select(ToArray)];
    }

    /// <summary>Gets the number of users in the tenant.</summary>
    public int Size { get; }

    /// <summary>Gets the number of managed users in the tenant.</summary>
    public int ManagedCount { get; }

    /// <summary>Gets the number of full-scan pages (<c>GET /api/v1/users?limit=200</c> calls) that list the tenant.</summary>
    public int FullScanPageCount => Size / OktaPageGenerator.PageSize;

    /// <summary>Gets the distinct full-scan pages, served in turn.</summary>
    public byte[][] FullScanPages { get; }

    /// <summary>Gets the search pages: every managed user, 200 per page.</summary>
    public byte[][] SearchPages { get; }

    /// <summary>Gets each managed user's object (<c>GET /api/v1/users/{id}</c>).</summary>
    public IReadOnlyDictionary<string, byte[]> UserObjects { get; }

    private static byte[] ToArray((string Id, byte[] Json)[] users)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var (_, json) in users)
            {
                writer.WriteRawValue(json, skipInputValidation: true);
            }

            writer.WriteEndArray();
        }

        return buffer.ToArray();
    }
}
