using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace OktaCiam.Connector.Benchmarks;

/// <summary>
/// Filtering role-assignee lists (<c>GET /api/v1/iam/assignees/users</c>: <c>{"value":[{"id","orn","_links"}…]}</c>,
/// 5 pages of 200 per operation) against the set of managed user ids.
/// </summary>
public class RoleAssigneeFilterBenchmarks
{
    private const int PagesPerOperation = 5;

    private readonly Newtonsoft.Json.JsonSerializer _newtonsoft = Newtonsoft.Json.JsonSerializer.CreateDefault();
    private byte[][] _pages = [];
    private ManagedIdSet _managedIds = null!;
    private HashSet<string> _managedIdStrings = [];

    /// <summary>Gets or sets the share of assignees that are managed users.</summary>
    [Params(0.001, 0.01, 0.5, 1.0)]
    public double ManagedShare { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_pages, var ids) = OktaPageGenerator.AssigneePages(ManagedShare, PagesPerOperation);
        _managedIds = new ManagedIdSet(ids);
        _managedIdStrings = new HashSet<string>(ids, StringComparer.Ordinal);
        if (SystemTextJsonModel() != ids.Length || NewtonsoftModel() != ids.Length || JsonDocumentCheck() != ids.Length || FilterByManagedIdSet() != ids.Length)
        {
            throw new InvalidOperationException("The methods disagree on the managed assignees.");
        }
    }

    [Benchmark(Baseline = true, Description = "System.Text.Json model, keep ids in set")]
    public int SystemTextJsonModel()
    {
        var managed = new List<string>();
        foreach (var page in _pages)
        {
            foreach (var assignee in JsonSerializer.Deserialize(page, BenchmarkJsonContext.Default.OktaAssigneeList)!.Value)
            {
                if (_managedIdStrings.Contains(assignee.Id))
                {
                    managed.Add(assignee.Id);
                }
            }
        }

        return managed.Count;
    }

    [Benchmark(Description = "Newtonsoft.Json model, keep ids in set")]
    public int NewtonsoftModel()
    {
        var managed = new List<string>();
        foreach (var page in _pages)
        {
            using var text = new StreamReader(new MemoryStream(page));
            using var reader = new Newtonsoft.Json.JsonTextReader(text);
            foreach (var assignee in _newtonsoft.Deserialize<NewtonsoftOktaAssigneeList>(reader)!.Value)
            {
                if (_managedIdStrings.Contains(assignee.Id))
                {
                    managed.Add(assignee.Id);
                }
            }
        }

        return managed.Count;
    }

    [Benchmark(Description = "JsonDocument parse + set lookup")]
    public int JsonDocumentCheck()
    {
        var managed = 0;
        foreach (var page in _pages)
        {
            using var document = JsonDocument.Parse(page);
            foreach (var assignee in document.RootElement.GetProperty("value").EnumerateArray())
            {
                if (_managedIdStrings.Contains(assignee.GetProperty("id").GetString()!))
                {
                    managed++;
                }
            }
        }

        return managed;
    }

    [Benchmark(Description = "Filter: ids against ManagedIdSet")]
    public int FilterByManagedIdSet()
    {
        var managed = 0;
        foreach (var page in _pages)
        {
            managed += _managedIds.FilterIdList(page).ManagedIds.Count;
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
}
