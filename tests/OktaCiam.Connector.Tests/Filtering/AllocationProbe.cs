namespace OktaCiam.Connector.Tests;

/// <summary>Measures what an action allocates on the calling thread, ignoring one-off runtime work (tiering, OSR).</summary>
internal static class AllocationProbe
{
    public static long MinimumAllocated(Action action, int runs = 5)
    {
        var minimum = long.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            action();
            minimum = Math.Min(minimum, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return minimum;
    }
}
