namespace OktaCiam.Connector;

/// <summary>The reference to a user's Okta user type.</summary>
internal sealed class OktaUserType
{
    public string? Id { get; set; }
}
