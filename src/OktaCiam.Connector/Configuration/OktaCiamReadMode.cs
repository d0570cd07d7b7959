namespace OktaCiam.Connector;

/// <summary>How the connector finds managed users and groups among everyone in the org.</summary>
public enum OktaCiamReadMode
{
    /// <summary>
    /// Ask Okta's search index for <c>profile.&lt;attribute&gt; eq true</c> and re-check every hit; API calls grow with the
    /// managed population, not with the number of customers.
    /// </summary>
    Search = 0,

    /// <summary>
    /// List every user and group with plain (strongly consistent) lists and let the filter alone decide; API calls grow with
    /// the whole org. Used automatically when Okta answers that search is unavailable.
    /// </summary>
    FullScan,
}
