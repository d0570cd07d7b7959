using System.Reflection;

namespace OktaCiam.Connector;

/// <summary>The <c>User-Agent</c> the connector sends: product and version, then the runtime.</summary>
internal static class OktaUserAgent
{
    public static string Value { get; } = Create();

    private static string Create()
    {
        var assembly = typeof(OktaUserAgent).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return $"okta-ciam-connector/{(plus < 0 ? version : version[..plus])} dotnet/{Environment.Version}";
    }
}
