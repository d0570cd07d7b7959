namespace OktaCiam.Connector;

/// <summary>The list a page cursor belongs to; a cursor is accepted only by the list that issued it.</summary>
internal enum OktaReadList : byte
{
    /// <summary>Managed users.</summary>
    Users = 1,

    /// <summary>Managed groups.</summary>
    Groups,

    /// <summary>Managed members of one group.</summary>
    Members,

    /// <summary>Admin roles.</summary>
    Resources,

    /// <summary>Access levels of one admin role.</summary>
    AccessLevels,

    /// <summary>Holders of one admin role.</summary>
    Assignments,
}
