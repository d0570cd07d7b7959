namespace OktaCiam.Connector.Testing;

/// <summary>Reads user attributes for search: top-level properties, <c>type.id</c> and <c>profile.*</c> (generated customers included).</summary>
internal sealed class UserFieldSource(EmulatedOrg org) : IFieldSource
{
    public string Id { get; set; } = string.Empty;

    public UserState State { get; set; } = null!;

    public FieldValue Get(string path) => path switch
    {
        "id" => FieldValue.Of(Id),
        "status" => FieldValue.Of(State.Status),
        "created" => FieldValue.Time(State.Created),
        "activated" => FieldValue.Time(State.Activated),
        "statusChanged" => FieldValue.Time(State.StatusChanged),
        "lastUpdated" => FieldValue.Time(State.LastUpdated),
        "lastLogin" => FieldValue.Time(State.LastLogin),
        "passwordChanged" => FieldValue.Time(State.PasswordChanged),
        "type.id" => FieldValue.Of(org.UserTypeId),
        _ when path.StartsWith("profile.", StringComparison.Ordinal) => State.Profile is { } profile
            ? ProfileJson.Get(profile, path["profile.".Length..])
            : org.Customers.GetField(State.Position, path["profile.".Length..]),
        _ => FieldValue.Missing,
    };
}
