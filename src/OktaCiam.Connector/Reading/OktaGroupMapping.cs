using System.Text.Json;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector;

/// <summary>Turns a managed Okta group into the SDK's <see cref="ConnectorGroup"/>.</summary>
internal static class OktaGroupMapping
{
    /// <summary>The only group type whose membership the API can change.</summary>
    public const string WritableType = "OKTA_GROUP";

    /// <summary>Maps a group the filter found managed; <see langword="null"/> when it has no id.</summary>
    public static ConnectorGroup? ToConnectorGroup(OktaGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (string.IsNullOrEmpty(group.Id))
        {
            return null;
        }

        return new ConnectorGroup
        {
            Id = group.Id,
            Name = group.Name ?? group.Id,
            Description = OktaProfile.GetString(group.Profile, "description"),
            Kind = group.Type,
            IsMembershipWritable = string.Equals(group.Type, WritableType, StringComparison.Ordinal),
            Attributes = group.Profile is { } profile ? new Dictionary<string, JsonElement>(profile, StringComparer.Ordinal) : new Dictionary<string, JsonElement>(),
        };
    }

    /// <summary>Returns whether a managed group is imported by list reads: the allow-list is empty, or names its id or its name.</summary>
    public static bool IsImported(OktaGroup group, IList<string> allowList)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(allowList);
        if (allowList.Count == 0)
        {
            return true;
        }

        foreach (var entry in allowList)
        {
            if (string.Equals(entry, group.Id, StringComparison.Ordinal) || string.Equals(entry, group.Name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
