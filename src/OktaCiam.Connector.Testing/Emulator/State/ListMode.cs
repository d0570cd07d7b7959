namespace OktaCiam.Connector.Testing;

/// <summary>How a list endpoint selects records: plain (current, deprovisioned hidden), search (index), filter (current), or <c>q</c>.</summary>
internal enum ListMode
{
    Plain,
    Search,
    Filter,
    Query,
}
