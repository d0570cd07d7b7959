using System.Globalization;
using OktaCiam.Connector.Access;

namespace OktaCiam.Connector.Cli;

/// <summary>Shows how far a sync has come on standard error: one line updated in place on a terminal, a line per finished stage otherwise.</summary>
internal sealed class SyncProgress(TextWriter error, bool interactive, TimeProvider timeProvider) : IProgress<SnapshotProgress>
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private readonly Lock _gate = new();
    private string? _stage;
    private string? _shown;
    private long _lastWrite;
    private int _width;

    public void Report(SnapshotProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            var finished = value.Total is { } total && value.Done >= total;
            var text = Describe(value);
            if (interactive)
            {
                if (value.Stage == _shown && !finished && timeProvider.GetElapsedTime(_lastWrite) < Interval)
                {
                    return;
                }

                _shown = value.Stage;
                error.Write("\r" + text.PadRight(_width));
                _width = Math.Max(_width, text.Length);
                _lastWrite = timeProvider.GetTimestamp();
            }
            else if (finished && value.Stage != _stage)
            {
                error.WriteLine(text);
            }

            if (finished)
            {
                _stage = value.Stage;
            }
        }
    }

    /// <summary>Clears the in-place line.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            if (interactive && _width > 0)
            {
                error.Write("\r" + new string(' ', _width) + "\r");
            }
        }
    }

    private static string Describe(SnapshotProgress value) => value.Stage switch
    {
        "members" or "resources" => string.Create(CultureInfo.InvariantCulture, $"  {(value.Stage == "members" ? "group members" : "admin roles")}: {value.Done}/{value.Total}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"  {value.Stage}: {value.Done}"),
    };
}
