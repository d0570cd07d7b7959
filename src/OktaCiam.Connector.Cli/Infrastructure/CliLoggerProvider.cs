using Microsoft.Extensions.Logging;

namespace OktaCiam.Connector.Cli;

/// <summary>Writes the connector's warnings and errors to standard error as one line each; the connector never logs identities or secrets.</summary>
internal sealed class CliLoggerProvider(TextWriter error, LogLevel minimum = LogLevel.Warning) : ILoggerProvider
{
    private readonly Lock _gate = new();
    private readonly TextWriter _error = error;
    private readonly LogLevel _minimum = minimum;

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(CliLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= provider._minimum && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var level = logLevel >= LogLevel.Error ? "error" : logLevel == LogLevel.Warning ? "warning" : "info";
            lock (provider._gate)
            {
                provider._error.WriteLine($"okta-ciam: {level}: {formatter(state, exception)}");
            }
        }
    }
}
