namespace OktaCiam.Connector.Abstractions;

/// <summary>Reads the groups a connector manages and their members.</summary>
public interface IGroupReader
{
    /// <summary>Lists one page of groups.</summary>
    /// <param name="page">Which page to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page.</returns>
    Task<Page<ConnectorGroup>> ListGroupsAsync(PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Reads one group by id.</summary>
    /// <param name="groupId">The group's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The group, or <see langword="null"/> when it does not exist or is not managed by the connector.</returns>
    Task<ConnectorGroup?> GetGroupAsync(string groupId, CancellationToken cancellationToken = default);

    /// <summary>Lists one page of a group's members (only users the connector manages).</summary>
    /// <param name="groupId">The group's id.</param>
    /// <param name="page">Which page to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ConnectorNotFoundException">The group does not exist or is not managed.</exception>
    Task<Page<GroupMember>> ListGroupMembersAsync(string groupId, PageRequest page, CancellationToken cancellationToken = default);
}
