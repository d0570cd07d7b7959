using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace OktaCiam.Connector.Benchmarks;

/// <summary>The same full user model for Newtonsoft.Json, the serializer inside the official Okta .NET SDK.</summary>
public sealed class NewtonsoftOktaUser
{
    public string Id { get; set; } = string.Empty;

    public string? Status { get; set; }

    public DateTimeOffset? Created { get; set; }

    public DateTimeOffset? Activated { get; set; }

    public DateTimeOffset? StatusChanged { get; set; }

    public DateTimeOffset? LastLogin { get; set; }

    public DateTimeOffset? LastUpdated { get; set; }

    public DateTimeOffset? PasswordChanged { get; set; }

    public OktaUserType? Type { get; set; }

    public NewtonsoftOktaUserProfile Profile { get; set; } = new();

    public NewtonsoftOktaCredentials? Credentials { get; set; }

    [JsonProperty("_links")]
    public Dictionary<string, OktaLink>? Links { get; set; }
}

public sealed class NewtonsoftOktaUserProfile
{
    public string? Login { get; set; }

    public string? Email { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? DisplayName { get; set; }

    public string? NickName { get; set; }

    public string? SecondEmail { get; set; }

    public string? MobilePhone { get; set; }

    public string? PrimaryPhone { get; set; }

    public string? StreetAddress { get; set; }

    public string? City { get; set; }

    public string? State { get; set; }

    public string? ZipCode { get; set; }

    public string? CountryCode { get; set; }

    public string? PreferredLanguage { get; set; }

    public string? Locale { get; set; }

    public string? Timezone { get; set; }

    public string? UserType { get; set; }

    public string? Organization { get; set; }

    public string? Department { get; set; }

    public string? Title { get; set; }

    public string? EmployeeNumber { get; set; }

    public string? CostCenter { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JToken>? AdditionalProperties { get; set; }
}

public sealed class NewtonsoftOktaCredentials
{
    public Dictionary<string, JToken>? Password { get; set; }

    [JsonProperty("recovery_question")]
    public OktaRecoveryQuestion? RecoveryQuestion { get; set; }

    public OktaProvider? Provider { get; set; }
}

public sealed class NewtonsoftOktaAssignee
{
    public string Id { get; set; } = string.Empty;

    public string? Orn { get; set; }

    [JsonProperty("_links")]
    public Dictionary<string, OktaLink>? Links { get; set; }
}

public sealed class NewtonsoftOktaAssigneeList
{
    public List<NewtonsoftOktaAssignee> Value { get; set; } = [];

    [JsonProperty("_links")]
    public Dictionary<string, OktaLink>? Links { get; set; }
}
