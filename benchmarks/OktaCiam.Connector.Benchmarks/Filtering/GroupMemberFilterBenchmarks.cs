using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace OktaCiam.Connector.Benchmarks;

/// <summary>
/// Filtering group-member pages (<c>GET /api/v1/groups/{id}/users</c>: full user objects, 5 pages of 200 per operation)
/// down to managed members: by the profile rule, or by id against the set of managed users.
/// </summary>
public class GroupMemberFilterBenchmarks
{
    private const int PagesPerOperation = 5;

    private byte[][] _pages = [];
    private ManagedIdentityFilter _filter = null!;
    private ManagedIdSet _managedIds = null!;
    private HashSet<string> _managedIdStrings = [];

    /// <summary>Gets or sets the share of the group's members that are managed; the rest are customers.</summary>
    [Params(0.001, 0.01, 0.5, 1.0)]
    public double ManagedShare { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pages = OktaPageGenerator.UserPages(ManagedShare, PagesPerOperation, seed: 7);
        _filter = new ManagedIdentityFilter(OktaPageGenerator.Attribute);
        var ids = OktaPageGenerator.ManagedIds(_pages);
        _managedIds = new ManagedIdSet(ids);
        _managedIdStrings = new HashSet<string>(ids, StringComparer.Ordinal);
        if (SystemTextJsonMembersById() != ids.Length || FilterByProfile() != ids.Length || FilterByManagedIdSet() != ids.Length)
        {
            throw new InvalidOperationException("The methods disagree on the managed members.");
        }
    }

    [Benchmark(Baseline = true, Description = "System.Text.Json full model, keep ids in set")]
    public int SystemTextJsonMembersById()
    {
        var managed = new List<string>();
        foreach (var page in _pages)
        {
            foreach (var user in JsonSerializer.Deserialize(page, BenchmarkJsonContext.Default.ListOktaUser)!)
            {
                if (_managedIdStrings.Contains(user.Id))
                {
                    managed.Add(user.Id);
                }
            }
        }

        return managed.Count;
    }

    [Benchmark(Description = "Filter: profile rule, decide only")]
    public int FilterByProfile()
    {
        var managed = 0;
        foreach (var page in _pages)
        {
            managed += _filter.DecidePage(page).ManagedCount;
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
