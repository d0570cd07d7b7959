using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OktaCiam.Connector.Abstractions;
using OktaCiam.Connector.Testing;

namespace OktaCiam.Connector.Benchmarks;

/// <summary>
/// Console mode (<c>-- --e2e-figures</c>): the figures a benchmark cannot give. The Okta API calls one read of a
/// 1,000,000-user tenant (500 managed) takes in search mode vs full scan, counted by the client against the emulator over
/// loopback; and the peak managed heap during a full scan of the canned tenant at two sizes (flat memory).
/// </summary>
internal static class EndToEndFigures
{
    public static async Task<int> RunAsync()
    {
        await CountApiCallsAsync().ConfigureAwait(false);
        foreach (var size in new[] { 100_000, 1_000_000 })
        {
            await MeasurePeakHeapAsync(size).ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task CountApiCallsAsync()
    {
        var seeding = Stopwatch.StartNew();
        await using var okta = await OktaEmulator.StartAsync(new OktaEmulatorOptions
        {
            Seed = new OktaEmulatorSeed { ManagedUsers = 500, Customers = 999_500 },
            DefaultRateLimit = 100_000_000,
        }).ConfigureAwait(false);
        Console.WriteLine($"emulator: 1,000,000-user tenant (500 managed + 999,500 customers + fixtures) started in {seeding.Elapsed.TotalSeconds:F2} s");

        var (services, reads) = OktaUserReads.Create(okta.BaseUrl.ToString(), okta.ApiToken, primaryHandler: null);
        using (services)
        {
            var before = reads.Client.Stats.Snapshot();
            var timer = Stopwatch.StartNew();
            var found = await reads.SearchAndConfirmAsync(CannedOktaTenant.SearchExpression).ConfigureAwait(false);
            var search = reads.Client.Stats.Snapshot() - before;
            Console.WriteLine($"search mode: {found} managed users confirmed, {search.RequestsSent} API calls ({search.RateLimited} 429, {search.ServerErrors} 5xx, {search.TokenRequests} token), {timer.Elapsed.TotalSeconds:F1} s");

            before = reads.Client.Stats.Snapshot();
            timer.Restart();
            found = await reads.FullScanFilteredAsync().ConfigureAwait(false);
            var scan = reads.Client.Stats.Snapshot() - before;
            Console.WriteLine($"full scan:   {found} managed users kept, {scan.RequestsSent} API calls ({scan.RateLimited} 429, {scan.ServerErrors} 5xx, {scan.TokenRequests} token), {timer.Elapsed.TotalSeconds:F1} s ({1_000_000 / timer.Elapsed.TotalSeconds:N0} listed users/s incl. the in-process emulator)");
        }

        foreach (var mode in new[] { OktaCiamReadMode.Search, OktaCiamReadMode.FullScan })
        {
            await CountReaderCallsAsync(okta, mode).ConfigureAwait(false);
        }
    }

    // Through the connector's IUserReader (OktaCiamOptions.Read.Mode), every page of ListUsersAsync read to the end.
    private static async Task CountReaderCallsAsync(OktaEmulator okta, OktaCiamReadMode mode)
    {
        var services = new ServiceCollection();
        services.AddOktaCiamConnector(o =>
        {
            o.OrgUrl = okta.BaseUrl.ToString();
            o.ApiToken = okta.ApiToken;
            o.App.Name = "bench";
            o.Read.Mode = mode;
        });
        await using var provider = services.BuildServiceProvider();
        var connector = provider.GetRequiredService<IConnector>();
        var reader = (IUserReader)connector.GetService(typeof(IUserReader))!;
        var stats = provider.GetRequiredKeyedService<OktaClient>(string.Empty).Stats;
        var before = stats.Snapshot();
        var timer = Stopwatch.StartNew();
        var users = 0;
        await foreach (var user in Pager.EnumerateAsync<ConnectorUser>(reader.ListUsersAsync).ConfigureAwait(false))
        {
            users++;
        }

        var calls = stats.Snapshot() - before;
        Console.WriteLine($"IUserReader, Read.Mode = {mode}: {users} managed users, {calls.RequestsSent} API calls ({calls.RateLimited} 429, {calls.ServerErrors} 5xx), {timer.Elapsed.TotalSeconds:F1} s");
    }

    private static async Task MeasurePeakHeapAsync(int size)
    {
        const string OrgUrl = "https://bench.okta.com";
        var tenant = new CannedOktaTenant(size);
        var (services, reads) = OktaUserReads.Create(OrgUrl, "bench-token", new CannedOktaHandler(tenant, OrgUrl));
        using (services)
        {
            // One warm-up read, so the pipeline, pools and JIT are in place before the heap's base line is taken.
            await reads.FullScanFilteredAsync().ConfigureAwait(false);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var baseline = GC.GetTotalMemory(forceFullCollection: true);
            var peak = baseline;
            var peakAfterGc = GC.GetGCMemoryInfo().HeapSizeBytes;
            using var done = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!done.IsCancellationRequested)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                    peakAfterGc = Math.Max(peakAfterGc, GC.GetGCMemoryInfo().HeapSizeBytes);
                    await Task.Delay(1).ConfigureAwait(false);
                }
            });
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var gen2Before = GC.CollectionCount(2);
            var timer = Stopwatch.StartNew();
            var found = await reads.FullScanFilteredAsync().ConfigureAwait(false);
            timer.Stop();
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            await done.CancelAsync().ConfigureAwait(false);
            await sampler.ConfigureAwait(false);
            GC.Collect();
            var retained = GC.GetTotalMemory(forceFullCollection: true) - baseline;
            Console.WriteLine(
                $"canned full scan {size:N0} users ({found} managed, {tenant.FullScanPageCount} pages): {size / timer.Elapsed.TotalSeconds:N0} users/s, allocated {allocated / 1024.0 / 1024.0:F1} MB ({allocated / (double)tenant.FullScanPageCount:N0} B/page, {allocated / (double)size:F1} B/user), heap base line {baseline / 1024.0 / 1024.0:F1} MB, peak heap incl. garbage not yet collected {peak / 1024.0 / 1024.0:F1} MB, peak heap after a GC {peakAfterGc / 1024.0 / 1024.0:F1} MB, retained after {retained / 1024.0:F0} KB, gen2 GCs {GC.CollectionCount(2) - gen2Before}");
        }
    }
}
