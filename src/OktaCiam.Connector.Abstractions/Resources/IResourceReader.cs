namespace OktaCiam.Connector.Abstractions;

/// <summary>Reads the resources a connector exposes, their access levels and who holds them.</summary>
public interface IResourceReader
{
    /// <summary>Lists one page of resources.</summary>
    /// <param name="page">Which page to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page.</returns>
    Task<Page<ConnectorResource>> ListResourcesAsync(PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Reads one resource by id.</summary>
    /// <param name="resourceId">The resource's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The resource, or <see langword="null"/> when it does not exist.</returns>
    Task<ConnectorResource?> GetResourceAsync(string resourceId, CancellationToken cancellationToken = default);

    /// <summary>Lists one page of a resource's access levels.</summary>
    /// <param name="resourceId">The resource's id.</param>
    /// <param name="page">Which page to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page; a resource without levels has the single level <see cref="AccessLevel.DefaultId"/>.</returns>
    Task<Page<AccessLevel>> ListAccessLevelsAsync(string resourceId, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Lists one page of a resource's holders (only principals the connector manages).</summary>
    /// <param name="resourceId">The resource's id.</param>
    /// <param name="page">Which page to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page.</returns>
    Task<Page<ResourceAssignment>> ListResourceAssignmentsAsync(string resourceId, PageRequest page, CancellationToken cancellationToken = default);
}
