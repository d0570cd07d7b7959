using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Microsoft.Extensions.DependencyInjection;

namespace OktaCiam.Connector.Benchmarks;

/// <summary>
/// End to end: reading the managed users of a tenant of <see cref="TenantSize"/> users (0.05 % managed: 500 per 1,000,000)
/// through <see cref="OktaClient"/> and its real <see cref="HttpClient"/> pipeline (retry, pacing, concurrency limit,
/// timeout, authorization, call counting), whose primary handler serves canned pages with <c>Link: rel="next"</c>
/// headers instead of a network. Full scan through our filter next to the naive full scan (System.Text.Json full
/// models, then filter), and search mode (search pages of the candidates + one confirming GET per hit).
/// </summary>
[Config(typeof(Config))]
public class FullScanBenchmarks
{
    private const string OrgUrl = "https://bench.okta.com";

    private ServiceProvider? _services;
    private OktaUserReads _reads = null!;
    private CannedOktaTenant _tenant = null!;

    /// <summary>Gets or sets the number of users in the tenant.</summary>
    [Params(100_000, 1_000_000)]
    public int TenantSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _tenant = new CannedOktaTenant(TenantSize);
        var handler = new CannedOktaHandler(_tenant, OrgUrl);
        (_services, _reads) = OktaUserReads.Create(OrgUrl, "bench-token", handler);

        var before = _reads.Client.Stats.Snapshot();
        foreach (var (name, read) in new (string, Func<Task<int>>)[] { ("naive", FullScanNaive), ("filter", FullScanStreaming), ("search", SearchAndConfirm) })
        {
            var found = read().GetAwaiter().GetResult();
            if (found != _tenant.ManagedCount)
            {
                throw new InvalidOperationException($"{name} found {found} managed users, expected {_tenant.ManagedCount}.");
            }
        }

        var calls = _reads.Client.Stats.Snapshot() - before;
        Console.WriteLine($"// tenant {TenantSize:N0} users, {_tenant.ManagedCount} managed: full scan {_tenant.FullScanPageCount} calls, search {_tenant.SearchPages.Length} + {_tenant.ManagedCount} calls; client counted {calls.RequestsSent} requests for naive + filter + search");
    }

    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    [Benchmark(Baseline = true, Description = "Full scan: System.Text.Json full models, then filter")]
    public Task<int> FullScanNaive() => _reads.FullScanNaiveAsync();

    [Benchmark(Description = "Full scan: our filter")]
    public Task<int> FullScanStreaming() => _reads.FullScanFilteredAsync();

    [Benchmark(Description = "Search mode: search pages + confirming GET per hit")]
    public Task<int> SearchAndConfirm() => _reads.SearchAndConfirmAsync(CannedOktaTenant.SearchExpression);

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new TenantUsersPerSecondColumn());
    }

    /// <summary>Tenant users covered per second: the tenant size over the mean (for search mode, the sync's effective rate).</summary>
    private sealed class TenantUsersPerSecondColumn : IColumn
    {
        public string Id => nameof(TenantUsersPerSecondColumn);

        public string ColumnName => "Tenant users/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Tenant size divided by the mean time of one read";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            var size = benchmarkCase.Parameters[nameof(TenantSize)];
            return mean is > 0 && size is int users
                ? (users / (mean.Value / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
                : "-";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
