namespace OktaCiam.Connector.Tests.Okta.Integration;

/// <summary>Waits for a condition that another thread makes true (a request reaching the emulator), bounded so a broken test fails instead of hanging.</summary>
internal static class Eventually
{
    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (TimeProvider.System.TimestampFrequency * 30);
        while (!condition())
        {
            if (TimeProvider.System.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"Still waiting for {what} after 30 s of real time.");
            }

            await Task.Delay(2, CancellationToken.None);
        }
    }

    /// <summary>Awaits a task that must finish without the fake clock moving; fails after 30 s of real time instead of hanging.</summary>
    public static Task<T> Within<T>(this Task<T> task) => task.WaitAsync(TimeSpan.FromSeconds(30));

    /// <inheritdoc cref="Within{T}(Task{T})"/>
    public static Task Within(this Task task) => task.WaitAsync(TimeSpan.FromSeconds(30));
}
