namespace OktaCiam.Connector.Testing;

/// <summary>Comparison operators of Okta's SCIM-like expression language (not all are accepted everywhere).</summary>
internal enum SearchOperator
{
    Eq,
    Ne,
    Gt,
    Ge,
    Lt,
    Le,
    Sw,
    Co,
    Ew,
    Pr,
}
