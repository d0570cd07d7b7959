using System.Globalization;

namespace OktaCiam.Connector.Tests.Reading;

internal sealed class FakeUser(string id) : FakeRecord(id)
{
    public string Status { get; set; } = "ACTIVE";

    /// <summary>Changes the profile now; the search index keeps the old one until <see cref="Reindex"/>.</summary>
    public void Change(string profile, DateTimeOffset now)
    {
        Profile = profile;
        LastUpdated = now;
    }

    public void Reindex() => Indexed = Profile;

    public override string Json(bool indexed) =>
        $$$"""{"id":"{{{Id}}}","status":"{{{Status}}}","created":"2020-01-01T00:00:00.000Z","lastUpdated":"{{{Time(LastUpdated)}}}","type":{"id":"oty1"},"profile":{{{(indexed ? Indexed : Profile)}}},"_links":{"self":{"href":"{{{FakeOkta.Host}}}/api/v1/users/{{{Id}}}"}""" + "}}";
}
