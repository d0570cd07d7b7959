using System.Text.Json;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector;

/// <summary>Turns a managed Okta user into the SDK's <see cref="ConnectorUser"/>.</summary>
internal static class OktaUserMapping
{
    /// <summary>Returns the attributes to expose from <c>Read:UserAttributes</c>: the defaults when empty, <see langword="null"/> (all) for <c>*</c>.</summary>
    public static IReadOnlySet<string>? SelectAttributes(IList<string> configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        if (configured.Contains(OktaCiamReadOptions.AllAttributes))
        {
            return null;
        }

        return (configured.Count == 0 ? OktaCiamReadOptions.DefaultUserAttributes : (IEnumerable<string>)configured).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Maps Okta's status to the SDK's; the raw value is kept beside it.</summary>
    public static UserStatus MapStatus(string? status) => status switch
    {
        "ACTIVE" => UserStatus.Active,
        "STAGED" or "PROVISIONED" => UserStatus.Pending,
        "SUSPENDED" or "LOCKED_OUT" or "PASSWORD_EXPIRED" or "RECOVERY" => UserStatus.Suspended,
        "DEPROVISIONED" => UserStatus.Deprovisioned,
        _ => UserStatus.Unknown,
    };

    /// <summary>Maps a user the filter found managed; <see langword="null"/> when it has no id.</summary>
    public static ConnectorUser? ToConnectorUser(OktaUser user, IReadOnlySet<string>? attributes)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(user.Id))
        {
            return null;
        }

        var profile = user.Profile;
        var exposed = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (profile is not null)
        {
            foreach (var (name, value) in profile)
            {
                if (attributes is null || attributes.Contains(name))
                {
                    exposed[name] = value;
                }
            }
        }

        var first = OktaProfile.GetString(profile, "firstName");
        var last = OktaProfile.GetString(profile, "lastName");
        var fullName = string.Join(' ', new[] { first, last }.Where(n => !string.IsNullOrWhiteSpace(n)));
        return new ConnectorUser
        {
            Id = user.Id,
            Login = user.Login,
            Email = OktaProfile.GetString(profile, "email"),
            DisplayName = OktaProfile.GetString(profile, "displayName") ?? (fullName.Length > 0 ? fullName : user.Login),
            Status = MapStatus(user.Status),
            RawStatus = user.Status,
            Attributes = exposed,
        };
    }
}
