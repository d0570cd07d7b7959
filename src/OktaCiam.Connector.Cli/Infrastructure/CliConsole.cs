namespace OktaCiam.Connector.Cli;

/// <summary>What a command may touch outside itself: output, error output and environment variables; replaced in tests.</summary>
/// <param name="Out">Standard output: results only.</param>
/// <param name="Error">Standard error: progress and error lines.</param>
/// <param name="GetEnvironmentVariable">Reads an environment variable.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, Func<string, string?> GetEnvironmentVariable)
{
    /// <summary>Gets the process console.</summary>
    public static CliConsole System { get; } = new(Console.Out, Console.Error, Environment.GetEnvironmentVariable);
}
