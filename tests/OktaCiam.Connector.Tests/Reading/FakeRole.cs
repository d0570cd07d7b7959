using System.Globalization;

namespace OktaCiam.Connector.Tests.Reading;

internal sealed record FakeRole(string Type, string? Role = null, string? ResourceSet = null)
{
    private static int s_next;

    public string AssignmentId { get; } = "ra" + Interlocked.Increment(ref s_next).ToString(CultureInfo.InvariantCulture);

    public string Json(string assignee, string assignmentType) =>
        "{\"id\":\"" + AssignmentId + "\",\"label\":\"" + Type + "\",\"type\":\"" + Type + "\",\"status\":\"ACTIVE\","
        + (Role is null ? "" : "\"role\":\"" + Role + "\",") + (ResourceSet is null ? "" : "\"resource-set\":\"" + ResourceSet + "\",")
        + "\"assignmentType\":\"" + assignmentType + "\",\"_links\":{\"assignee\":{\"href\":\"" + FakeOkta.Host + "/api/v1/" + assignee + "\"}}}";
}
