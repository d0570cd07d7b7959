namespace OktaCiam.Connector.Abstractions;

/// <summary>The lifecycle status of an account, mapped to a small set every host understands.</summary>
public enum UserStatus
{
    /// <summary>The connector could not map the target system's status; see <see cref="ConnectorUser.RawStatus"/>.</summary>
    Unknown = 0,

    /// <summary>The account can sign in.</summary>
    Active,

    /// <summary>The account exists but has not finished activation (staged, provisioned, pending).</summary>
    Pending,

    /// <summary>The account is temporarily blocked (suspended, locked out, password expired).</summary>
    Suspended,

    /// <summary>The account is deactivated (deprovisioned) and can no longer sign in.</summary>
    Deprovisioned,
}
