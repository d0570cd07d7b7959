namespace OktaCiam.Connector.Abstractions;

/// <summary>Who holds an assignment.</summary>
public enum PrincipalKind
{
    /// <summary>A user.</summary>
    User = 0,

    /// <summary>A group; its members hold the resource through it.</summary>
    Group,
}
