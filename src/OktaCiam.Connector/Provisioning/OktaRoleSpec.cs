using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector;

/// <summary>An admin role as a grant names it: a standard role type, or a custom role bound to a resource set.</summary>
/// <param name="Type">The role type: a standard type such as <c>HELP_DESK_ADMIN</c>, or <see cref="CustomType"/>.</param>
/// <param name="CustomRoleId">The custom role id (<c>cr0…</c>), for custom roles.</param>
/// <param name="ResourceSetId">The resource set id (<c>iam…</c>), for custom roles.</param>
internal sealed record OktaRoleSpec(string Type, string? CustomRoleId, string? ResourceSetId)
{
    /// <summary>The role type of every custom role assignment.</summary>
    public const string CustomType = "CUSTOM";

    /// <summary>The longest role type, custom role id or resource set id accepted.</summary>
    public const int MaxIdLength = 100;

    /// <summary>Gets a value indicating whether this is a custom role.</summary>
    public bool IsCustom => CustomRoleId is not null;

    /// <summary>Returns whether <paramref name="value"/> has the shape of a standard role type: upper-case letters, digits and underscores, starting with a letter.</summary>
    public static bool IsStandardType(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxIdLength || !char.IsAsciiLetterUpper(value[0]))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads the role a grant names: <see cref="ResourceGrant.ResourceId"/> is a standard role type or a custom role id; <see cref="ResourceGrant.AccessLevelId"/> is the resource set of a custom role.</summary>
    /// <exception cref="ArgumentException">The grant does not name a role the way Okta needs it; the message says what to fix.</exception>
    public static OktaRoleSpec From(ResourceGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var resourceId = grant.ResourceId;
        var level = grant.AccessLevelId ?? AccessLevel.DefaultId;
        if (string.IsNullOrWhiteSpace(resourceId))
        {
            throw new ArgumentException("The grant names no role: set ResourceId to a standard role type (for example HELP_DESK_ADMIN) or a custom role id.", nameof(grant));
        }

        if (resourceId == CustomType)
        {
            throw new ArgumentException("ResourceId CUSTOM is not a role: name the custom role by its id (cr0…) and its resource set in AccessLevelId.", nameof(grant));
        }

        if (IsStandardType(resourceId))
        {
            if (level.Length != 0)
            {
                throw new ArgumentException($"{resourceId} is a standard role type, which takes no resource set: leave AccessLevelId empty.", nameof(grant));
            }

            return new OktaRoleSpec(resourceId, null, null);
        }

        if (!IsIdLike(resourceId))
        {
            throw new ArgumentException("ResourceId is neither a standard role type (upper-case, such as HELP_DESK_ADMIN) nor a custom role id (letters and digits, such as cr0…).", nameof(grant));
        }

        if (level.Length == 0)
        {
            throw new ArgumentException("A custom role is granted on a resource set: set AccessLevelId to the resource set id (iam…).", nameof(grant));
        }

        if (!IsIdLike(level))
        {
            throw new ArgumentException("AccessLevelId is not a resource set id: use the id (letters, digits, '_' or '-') of an Okta resource set.", nameof(grant));
        }

        return new OktaRoleSpec(CustomType, resourceId, level);
    }

    /// <summary>Returns the body that assigns this role.</summary>
    public OktaRoleAssignmentRequest ToRequest() =>
        IsCustom ? OktaRoleAssignmentRequest.Custom(CustomRoleId!, ResourceSetId!) : OktaRoleAssignmentRequest.Standard(Type);

    /// <summary>Returns whether <paramref name="assignment"/> is an assignment of this role.</summary>
    public bool Matches(OktaRoleAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return IsCustom
            ? string.Equals(assignment.Type, CustomType, StringComparison.Ordinal)
                && string.Equals(assignment.Role, CustomRoleId, StringComparison.Ordinal)
                && string.Equals(assignment.ResourceSet, ResourceSetId, StringComparison.Ordinal)
            : string.Equals(assignment.Type, Type, StringComparison.Ordinal);
    }

    /// <inheritdoc/>
    public override string ToString() => IsCustom ? $"custom role {CustomRoleId} on resource set {ResourceSetId}" : Type;

    private static bool IsIdLike(string value)
    {
        if (value.Length > MaxIdLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
