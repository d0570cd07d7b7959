using System.Globalization;

namespace OktaCiam.Connector.Tests.Reading;

internal abstract class FakeRecord(string id)
{
    public string Id { get; } = id;

    /// <summary>Gets or sets the current profile JSON.</summary>
    public required string Profile { get; set; }

    /// <summary>Gets or sets what the search index holds (null: not in the index).</summary>
    public string? Indexed { get; set; }

    public DateTimeOffset LastUpdated { get; set; }

    public List<FakeRole> Roles { get; } = [];

    public abstract string Json(bool indexed);

    protected static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
