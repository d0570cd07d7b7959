using System.Text.Json;
using System.Text.Json.Serialization;

namespace OktaCiam.Connector.Tests;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(TestOktaUser))]
internal sealed partial class FilterTestJsonContext : JsonSerializerContext;
