using System.Globalization;

namespace OktaCiam.Connector.Tests.Reading;

internal sealed class FakeGroup(string id) : FakeRecord(id)
{
    public string Type { get; set; } = "OKTA_GROUP";

    public List<string> Members { get; } = [];

    public override string Json(bool indexed) =>
        $$"""{"id":"{{Id}}","created":"2020-01-01T00:00:00.000Z","lastUpdated":"{{Time(LastUpdated)}}","lastMembershipUpdated":"{{Time(LastUpdated)}}","objectClass":["okta:user_group"],"type":"{{Type}}","profile":{{(indexed ? Indexed : Profile)}}}""";
}
