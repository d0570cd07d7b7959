using Microsoft.Extensions.Time.Testing;
using OktaCiam.Connector.Testing;

namespace OktaCiam.Connector.Tests.Okta.Integration;

/// <summary>One emulator per test class on a fake clock that the clients share, so waits are driven instead of slept; reset before every test.</summary>
public abstract class EmulatorFixture : IAsyncLifetime
{
    /// <summary>A whole second, so the first <c>Date</c> header and <c>X-Rate-Limit-Reset</c> are exact.</summary>
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);

    private OktaEmulator? _emulator;

    public FakeTimeProvider Time { get; } = new(Start);

    public OktaEmulator Emulator => _emulator ?? throw new InvalidOperationException("The emulator is not started.");

    public async Task InitializeAsync()
    {
        var options = new OktaEmulatorOptions { Seed = CreateSeed(), TimeProvider = Time };
        Configure(options);
        _emulator = await OktaEmulator.StartAsync(options);
        OnStarted(_emulator);
    }

    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    /// <summary>Clears faults, rate-limit windows and the request log left by an earlier test of the class.</summary>
    public void Reset()
    {
        Emulator.Faults.Clear();
        Emulator.ResetRateLimits();
        Emulator.ClearRequests();
    }

    /// <summary>Moves the fake clock to the next whole second, so <c>Date</c> (one-second resolution) equals the emulator's clock.</summary>
    public void AlignClockToSecond()
    {
        var fraction = Time.GetUtcNow().Ticks % TimeSpan.TicksPerSecond;
        if (fraction != 0)
        {
            Time.Advance(TimeSpan.FromTicks(TimeSpan.TicksPerSecond - fraction));
        }
    }

    internal EmulatorClient CreateClient(Action<OktaCiamOptions>? configure = null) => EmulatorClient.Create(this, configure);

    /// <summary>Awaits <paramref name="task"/> while moving the shared fake clock forward in steps whenever the emulator is not busy with a request.</summary>
    /// <remarks>Steps are small and taken only between requests, so retry delays elapse while attempt timeouts (set long in these tests) do not.</remarks>
    internal async Task<T> RunAsync<T>(Task<T> task, TimeSpan? step = null, Func<bool>? canAdvance = null)
    {
        await DriveAsync(task, step ?? TimeSpan.FromMilliseconds(100), canAdvance ?? EmulatorIdle);
        return await task;
    }

    /// <inheritdoc cref="RunAsync{T}(Task{T}, TimeSpan?, Func{bool}?)"/>
    internal async Task RunAsync(Task task, TimeSpan? step = null, Func<bool>? canAdvance = null)
    {
        await DriveAsync(task, step ?? TimeSpan.FromMilliseconds(100), canAdvance ?? EmulatorIdle);
        await task;
    }

    protected virtual OktaEmulatorSeed CreateSeed() => new();

    protected virtual void Configure(OktaEmulatorOptions options)
    {
    }

    protected virtual void OnStarted(OktaEmulator emulator)
    {
    }

    // Idle: every request the emulator received is answered, dropped or closed, or held by a latency fault (which only the clock releases).
    private bool EmulatorIdle() => Emulator.Requests.All(r => r.StatusCode != 0 || r.Fault is EmulatorFaultKind.Latency or EmulatorFaultKind.DropConnection or EmulatorFaultKind.CloseConnection);

    private async Task DriveAsync(Task task, TimeSpan step, Func<bool> canAdvance)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (TimeProvider.System.TimestampFrequency * 60);
        while (!task.IsCompleted)
        {
            if (TimeProvider.System.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"The call did not finish within a minute of real time; fake clock at {Time.GetUtcNow():O}, requests: {string.Join(", ", Emulator.Requests)}.");
            }

            // Let the pipeline reach its next wait before the clock moves.
            await Task.WhenAny(task, Task.Delay(2, CancellationToken.None));
            if (!task.IsCompleted && canAdvance())
            {
                Time.Advance(step);
            }
        }
    }
}
