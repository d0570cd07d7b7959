using System.Text.Json;
using System.Text.Json.Serialization;

namespace OktaCiam.Connector;

/// <summary>Source-generated JSON metadata for every Okta shape the connector reads or writes (web defaults; unknown members ignored).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(OktaUser))]
[JsonSerializable(typeof(List<OktaUser>))]
[JsonSerializable(typeof(OktaGroup))]
[JsonSerializable(typeof(List<OktaGroup>))]
[JsonSerializable(typeof(OktaRoleAssignment))]
[JsonSerializable(typeof(List<OktaRoleAssignment>))]
[JsonSerializable(typeof(OktaRoleAssignmentRequest))]
[JsonSerializable(typeof(OktaCustomRole))]
[JsonSerializable(typeof(OktaCustomRoleList))]
[JsonSerializable(typeof(OktaResourceSet))]
[JsonSerializable(typeof(OktaResourceSetList))]
[JsonSerializable(typeof(OktaRoleAssigneeList))]
[JsonSerializable(typeof(OktaSchema))]
[JsonSerializable(typeof(OktaLogEvent))]
[JsonSerializable(typeof(List<OktaLogEvent>))]
[JsonSerializable(typeof(OktaLogChangeDetails))]
[JsonSerializable(typeof(OktaAccessTokenResponse))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class OktaJsonContext : JsonSerializerContext;
