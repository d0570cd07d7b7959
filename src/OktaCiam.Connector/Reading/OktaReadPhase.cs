namespace OktaCiam.Connector;

/// <summary>Which Okta list a page of an SDK list comes from; one SDK list can walk several in turn.</summary>
internal enum OktaReadPhase : byte
{
    /// <summary><c>search=profile.&lt;attribute&gt; eq true</c>, every hit re-checked.</summary>
    Search = 1,

    /// <summary><c>filter=lastUpdated gt "…"</c>: identities changed recently, which the search index may not show yet.</summary>
    Recent,

    /// <summary>A plain list without search or filter (current, but without DEPROVISIONED users).</summary>
    Plain,

    /// <summary><c>filter=status eq "DEPROVISIONED"</c>: the users a plain list leaves out.</summary>
    Deprovisioned,

    /// <summary>An in-memory list read by offset (standard roles, role assignments, default access level).</summary>
    Offset,

    /// <summary>An IAM list whose pages are linked in the body (custom roles, resource sets), read by Okta page and offset within it.</summary>
    Iam,
}
