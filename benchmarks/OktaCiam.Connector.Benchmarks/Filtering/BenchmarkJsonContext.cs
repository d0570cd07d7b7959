using System.Text.Json;
using System.Text.Json.Serialization;

namespace OktaCiam.Connector.Benchmarks;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(OktaUser))]
[JsonSerializable(typeof(List<OktaUser>))]
[JsonSerializable(typeof(OktaAssigneeList))]
internal sealed partial class BenchmarkJsonContext : JsonSerializerContext;
