using System.Text.Json;

namespace OktaCiam.Connector;

/// <summary>The attributes a System Log event changed on its target, before and after; open-ended.</summary>
internal sealed class OktaLogChangeDetails
{
    public Dictionary<string, JsonElement>? From { get; set; }

    public Dictionary<string, JsonElement>? To { get; set; }
}
