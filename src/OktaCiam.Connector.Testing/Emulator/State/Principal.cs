namespace OktaCiam.Connector.Testing;

/// <summary>Who made an API call: the API token (acting as its owner) or an OAuth service app with the scopes of its access token.</summary>
internal sealed record Principal(string? ClientId, IReadOnlySet<string>? Scopes)
{
    public static Principal ApiToken { get; } = new(null, null);

    public bool IsApiToken => ClientId is null;
}
