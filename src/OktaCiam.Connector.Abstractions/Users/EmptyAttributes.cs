using System.Collections.ObjectModel;
using System.Text.Json;

namespace OktaCiam.Connector.Abstractions;

internal static class EmptyAttributes
{
    public static readonly IReadOnlyDictionary<string, JsonElement> Instance = ReadOnlyDictionary<string, JsonElement>.Empty;
}
