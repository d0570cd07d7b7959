namespace OktaCiam.Connector;

/// <summary>Which SDK exception an Okta failure becomes.</summary>
internal enum OktaErrorKind
{
    Unauthenticated,
    PermissionDenied,
    NotFound,
    RateLimited,
    Transient,
    Rejected,
    Protocol,
    Configuration,
}
