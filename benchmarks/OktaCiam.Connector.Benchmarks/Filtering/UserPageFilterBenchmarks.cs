using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json.Linq;

namespace OktaCiam.Connector.Benchmarks;

/// <summary>
/// Filtering user list pages (5 pages of 200 Okta users = 1,000 users per operation) at different managed shares:
/// our streaming filter next to what a user would otherwise write, the bare reader walk (the practical floor) and a raw
/// byte scan (the physical limit, for reference only: it cannot tell where the attribute sits).
/// </summary>
public class UserPageFilterBenchmarks
{
    private const int PagesPerOperation = 5;
    private static readonly byte[] ManagedNeedle = "\"opal_okta_ciam_managed\":true"u8.ToArray();

    private readonly Newtonsoft.Json.JsonSerializer _newtonsoft = Newtonsoft.Json.JsonSerializer.CreateDefault();
    private byte[][] _pages = [];
    private ManagedIdentityFilter _filter = null!;

    /// <summary>Gets or sets the share of managed (workforce) users; the rest are customers.</summary>
    [Params(0.001, 0.01, 0.5, 1.0)]
    public double ManagedShare { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pages = OktaPageGenerator.UserPages(ManagedShare, PagesPerOperation);
        _filter = new ManagedIdentityFilter(OktaPageGenerator.Attribute);
        Console.WriteLine($"// {_pages.Sum(p => p.Length) / (PagesPerOperation * OktaPageGenerator.PageSize)} bytes per user, {_pages.Sum(p => p.Length)} bytes per operation");
        var expected = (int)Math.Round(ManagedShare * PagesPerOperation * OktaPageGenerator.PageSize);
        foreach (var (name, count) in new (string, int)[] { ("stj", SystemTextJsonFullModel()), ("newtonsoft", NewtonsoftFullModel()), ("document", JsonDocumentCheck()), ("decide", FilterDecide()), ("materialise", FilterDecideAndMaterialise()), ("scan", RawIndexOfScan()) })
        {
            if (count != expected)
            {
                throw new InvalidOperationException($"{name} found {count} managed users, expected {expected}.");
            }
        }
    }

    [Benchmark(Baseline = true, Description = "System.Text.Json full model, then filter")]
    public int SystemTextJsonFullModel()
    {
        var managed = new List<OktaUser>();
        foreach (var page in _pages)
        {
            foreach (var user in JsonSerializer.Deserialize(page, BenchmarkJsonContext.Default.ListOktaUser)!)
            {
                if (user.Profile.AdditionalProperties?.TryGetValue(OktaPageGenerator.Attribute, out var value) == true && value.ValueKind == JsonValueKind.True)
                {
                    managed.Add(user);
                }
            }
        }

        return managed.Count;
    }

    [Benchmark(Description = "Newtonsoft.Json full model, then filter")]
    public int NewtonsoftFullModel()
    {
        var managed = new List<NewtonsoftOktaUser>();
        foreach (var page in _pages)
        {
            using var text = new StreamReader(new MemoryStream(page));
            using var reader = new Newtonsoft.Json.JsonTextReader(text);
            foreach (var user in _newtonsoft.Deserialize<List<NewtonsoftOktaUser>>(reader)!)
            {
                if (user.Profile.AdditionalProperties?.TryGetValue(OktaPageGenerator.Attribute, out var value) == true && value.Type == JTokenType.Boolean && value.Value<bool>())
                {
                    managed.Add(user);
                }
            }
        }

        return managed.Count;
    }

    [Benchmark(Description = "JsonDocument parse + check")]
    public int JsonDocumentCheck()
    {
        var managed = 0;
        foreach (var page in _pages)
        {
            using var document = JsonDocument.Parse(page);
            foreach (var user in document.RootElement.EnumerateArray())
            {
                if (user.TryGetProperty("profile", out var profile) && profile.ValueKind == JsonValueKind.Object
                    && profile.TryGetProperty(OktaPageGenerator.Attribute, out var value) && value.ValueKind == JsonValueKind.True)
                {
                    managed++;
                }
            }
        }

        return managed;
    }

    [Benchmark(Description = "Filter: decide only")]
    public int FilterDecide()
    {
        var managed = 0;
        foreach (var page in _pages)
        {
            managed += _filter.DecidePage(page).ManagedCount;
        }

        return managed;
    }

    [Benchmark(Description = "Filter: decide only, from a stream")]
    public async Task<int> FilterDecideFromStream()
    {
        var managed = 0;
        foreach (var page in _pages)
        {
            managed += (await _filter.DecidePageAsync(new MemoryStream(page, writable: false)).ConfigureAwait(false)).ManagedCount;
        }

        return managed;
    }

    [Benchmark(Description = "Filter: decide + materialise managed")]
    public int FilterDecideAndMaterialise()
    {
        var managed = 0;
        foreach (var page in _pages)
        {
            managed += _filter.FilterPage(page, BenchmarkJsonContext.Default.OktaUser).Managed.Count;
        }

        return managed;
    }

    [Benchmark(Description = "Bare Utf8JsonReader walk (floor)")]
    public int ReaderWalk()
    {
        var tokens = 0;
        foreach (var page in _pages)
        {
            var reader = new Utf8JsonReader(page);
            while (reader.Read())
            {
                tokens++;
            }
        }

        return tokens;
    }

    [Benchmark(Description = "Raw IndexOf scan (limit, not a filter)")]
    public int RawIndexOfScan()
    {
        var hits = 0;
        foreach (var page in _pages)
        {
            var rest = page.AsSpan();
            int at;
            while ((at = rest.IndexOf(ManagedNeedle)) >= 0)
            {
                hits++;
                rest = rest[(at + ManagedNeedle.Length)..];
            }
        }

        return hits;
    }
}
