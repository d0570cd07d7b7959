namespace OktaCiam.Connector.Abstractions;

/// <summary>The operations a connector supports on one kind of object; a row of a "supported resources" table.</summary>
[Flags]
public enum ConnectorOperations
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Objects of this kind are read and imported.</summary>
    Import = 1 << 0,

    /// <summary>Who holds each object (members, assignees) is read.</summary>
    ListAccess = 1 << 1,

    /// <summary>Access can be granted (a resource assigned, a member added).</summary>
    Grant = 1 << 2,

    /// <summary>Access can be revoked.</summary>
    Revoke = 1 << 3,

    /// <summary>Accounts can be deprovisioned.</summary>
    Deprovision = 1 << 4,

    /// <summary>Objects of this kind can carry resources of other connectors (birthright access).</summary>
    CarryResources = 1 << 5,
}
