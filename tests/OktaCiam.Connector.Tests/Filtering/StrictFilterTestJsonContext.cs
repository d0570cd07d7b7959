using System.Text.Json;
using System.Text.Json.Serialization;

namespace OktaCiam.Connector.Tests;

/// <summary>A model context that refuses duplicate properties, as the connector's own models should.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, AllowDuplicateProperties = false)]
[JsonSerializable(typeof(TestOktaUser))]
internal sealed partial class StrictFilterTestJsonContext : JsonSerializerContext;
