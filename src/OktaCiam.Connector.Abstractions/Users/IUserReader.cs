namespace OktaCiam.Connector.Abstractions;

/// <summary>Reads the accounts a connector manages.</summary>
public interface IUserReader
{
    /// <summary>Lists one page of users.</summary>
    /// <param name="page">Which page to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page.</returns>
    Task<Page<ConnectorUser>> ListUsersAsync(PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Reads one user by id.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The user, or <see langword="null"/> when it does not exist or is not managed by the connector.</returns>
    Task<ConnectorUser?> GetUserAsync(string userId, CancellationToken cancellationToken = default);
}
