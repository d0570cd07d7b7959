namespace OktaCiam.Connector.Abstractions;

/// <summary>The settings an admin fills in when creating an app on a connector; a host renders its catalog from them.</summary>
public sealed record AppSettings
{
    /// <summary>Gets the app's name, as shown in the catalog.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the id of the app's admin (owner): a user or group id of the host's choosing, or <see langword="null"/>.</summary>
    public string? AdminId { get; init; }

    /// <summary>Gets the description shown to users who request access, or <see langword="null"/>.</summary>
    public string? Description { get; init; }

    /// <summary>Gets who may see the app. Default <see cref="AppVisibility.Unrestricted"/>.</summary>
    public AppVisibility Visibility { get; init; } = AppVisibility.Unrestricted;
}
