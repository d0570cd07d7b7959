using Microsoft.Extensions.Options;

namespace OktaCiam.Connector;

/// <summary>The rules of <see cref="OktaCiamProvisioningOptions"/>, applied by <see cref="OktaCiamOptionsValidator"/>.</summary>
internal static class OktaCiamProvisioningOptionsRules
{
    public static void Validate(OktaCiamProvisioningOptions? options, ValidateOptionsResultBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (options is null)
        {
            builder.AddError("Provisioning is null: leave it out to use the defaults.", nameof(OktaCiamOptions.Provisioning));
            return;
        }

        if (options.AllowedRoleTypes is not { } types)
        {
            return;
        }

        for (var i = 0; i < types.Count; i++)
        {
            var type = types[i];
            if (type == OktaRoleSpec.CustomType)
            {
                builder.AddError(
                    $"Provisioning:AllowedRoleTypes[{i}] is CUSTOM: custom roles are allowed or refused with Provisioning:AllowCustomRoles, not by type.",
                    "Provisioning.AllowedRoleTypes");
            }
            else if (!OktaRoleSpec.IsStandardType(type))
            {
                builder.AddError(
                    string.IsNullOrWhiteSpace(type)
                        ? $"Provisioning:AllowedRoleTypes[{i}] is empty: list Okta role types such as HELP_DESK_ADMIN."
                        : $"Provisioning:AllowedRoleTypes[{i}] '{Shown(type)}' is not an Okta role type: use upper-case names such as HELP_DESK_ADMIN or GROUP_MEMBERSHIP_ADMIN.",
                    "Provisioning.AllowedRoleTypes");
            }
        }
    }

    private static string Shown(string value) => value.Length <= 64 ? value : value[..64] + "…";
}
