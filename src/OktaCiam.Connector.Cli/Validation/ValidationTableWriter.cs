using System.Globalization;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Cli;

/// <summary>Writes validation checks as <c>okta-ciam validate</c>'s table: one line per check with its details indented below.</summary>
internal static class ValidationTableWriter
{
    public static async Task WriteAsync(IReadOnlyList<ValidationCheck> checks, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(output);
        var keyWidth = checks.Count == 0 ? 3 : checks.Max(c => c.Key.Length);
        await output.WriteLineAsync($"{"STATUS",-8}{"SEVERITY",-10}{"CHECK".PadRight(keyWidth + 2)}NAME").ConfigureAwait(false);
        foreach (var check in checks)
        {
            await output.WriteLineAsync($"{Status(check.Status),-8}{Severity(check.Severity),-10}{check.Key.PadRight(keyWidth + 2)}{check.Name}").ConfigureAwait(false);
            await output.WriteLineAsync($"{string.Empty,18}{check.Details}").ConfigureAwait(false);
        }

        var failed = checks.Count(c => c.Status == ValidationStatus.Failed);
        var blocking = checks.Count(c => c.Status == ValidationStatus.Failed && c.Severity >= ValidationSeverity.High);
        var skipped = checks.Count(c => c.Status == ValidationStatus.Skipped);
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{checks.Count - failed - skipped} passed, {failed} failed ({blocking} critical or high), {skipped} skipped.")).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
    }

    public static string Status(ValidationStatus status) => status switch
    {
        ValidationStatus.Passed => "PASS",
        ValidationStatus.Failed => "FAIL",
        _ => "SKIP",
    };

    public static string Severity(ValidationSeverity severity) => severity.ToString().ToUpperInvariant();
}
