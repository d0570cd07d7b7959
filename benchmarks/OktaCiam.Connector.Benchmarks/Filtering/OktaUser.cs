using System.Text.Json;
using System.Text.Json.Serialization;

namespace OktaCiam.Connector.Benchmarks;

/// <summary>A full Okta user model as a typical client declares it (typed base profile, extension data for custom attributes).</summary>
public sealed class OktaUser
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

    public OktaUserProfile Profile { get; set; } = new();

    public OktaCredentials? Credentials { get; set; }

    [JsonPropertyName("_links")]
    public Dictionary<string, OktaLink>? Links { get; set; }
}

public sealed class OktaUserType
{
    public string? Id { get; set; }
}

public sealed class OktaUserProfile
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
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed class OktaCredentials
{
    public Dictionary<string, JsonElement>? Password { get; set; }

    [JsonPropertyName("recovery_question")]
    public OktaRecoveryQuestion? RecoveryQuestion { get; set; }

    public OktaProvider? Provider { get; set; }
}

public sealed class OktaRecoveryQuestion
{
    public string? Question { get; set; }
}

public sealed class OktaProvider
{
    public string? Type { get; set; }

    public string? Name { get; set; }
}

public sealed class OktaLink
{
    public string? Href { get; set; }

    public string? Method { get; set; }
}

/// <summary>An entry of <c>/api/v1/iam/assignees/users</c>.</summary>
public sealed class OktaAssignee
{
    public string Id { get; set; } = string.Empty;

    public string? Orn { get; set; }

    [JsonPropertyName("_links")]
    public Dictionary<string, OktaLink>? Links { get; set; }
}

/// <summary>The <c>{"value":[…],"_links":…}</c> wrapper of Okta's IAM lists.</summary>
public sealed class OktaAssigneeList
{
    public List<OktaAssignee> Value { get; set; } = [];

    [JsonPropertyName("_links")]
    public Dictionary<string, OktaLink>? Links { get; set; }
}
