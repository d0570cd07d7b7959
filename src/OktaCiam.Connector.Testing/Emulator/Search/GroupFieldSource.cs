namespace OktaCiam.Connector.Testing;

/// <summary>Reads group attributes for search and filters.</summary>
internal sealed class GroupFieldSource : IFieldSource
{
    public GroupRecord Record { get; set; } = null!;

    public GroupState State { get; set; } = null!;

    public FieldValue Get(string path) => path switch
    {
        "id" => FieldValue.Of(Record.Id),
        "type" => FieldValue.Of(State.Type),
        "created" => FieldValue.Time(State.Created),
        "lastUpdated" => FieldValue.Time(State.LastUpdated),
        "lastMembershipUpdated" => FieldValue.Time(Record.LastMembershipUpdated),
        "source.id" => State.SourceAppId is null ? FieldValue.Missing : FieldValue.Of(State.SourceAppId),
        _ when path.StartsWith("profile.", StringComparison.Ordinal) => ProfileJson.Get(State.Profile, path["profile.".Length..]),
        _ => FieldValue.Missing,
    };
}
