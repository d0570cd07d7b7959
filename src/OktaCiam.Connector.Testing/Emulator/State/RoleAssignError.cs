namespace OktaCiam.Connector.Testing;

/// <summary>Why a role assignment was refused; the endpoint maps each to Okta's answer.</summary>
internal enum RoleAssignError
{
    None,
    InvalidType,
    MissingCustomFields,
    UnknownRole,
    UnknownResourceSet,
    AlreadyAssigned,
    AlreadyAssignedIamStandard,
    GroupTypeNotAllowed,
}
