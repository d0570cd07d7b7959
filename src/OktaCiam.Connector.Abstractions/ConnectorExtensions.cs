namespace OktaCiam.Connector.Abstractions;

/// <summary>Helpers over <see cref="IConnector"/> and the reader interfaces.</summary>
public static class ConnectorExtensions
{
    /// <summary>Gets a capability of the connector.</summary>
    /// <typeparam name="TService">The capability's interface.</typeparam>
    /// <param name="connector">The connector.</param>
    /// <returns>The capability, or <see langword="null"/> when the connector does not support it.</returns>
    public static TService? GetService<TService>(this IConnector connector)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(connector);
        return connector.GetService(typeof(TService)) as TService;
    }

    /// <summary>Gets a capability the caller requires.</summary>
    /// <typeparam name="TService">The capability's interface.</typeparam>
    /// <param name="connector">The connector.</param>
    /// <returns>The capability.</returns>
    /// <exception cref="NotSupportedException">The connector does not support it.</exception>
    public static TService GetRequiredService<TService>(this IConnector connector)
        where TService : class
        => connector.GetService<TService>()
            ?? throw new NotSupportedException($"Connector '{connector.Descriptor.Id}' does not support {typeof(TService).Name}.");

    /// <summary>Enumerates every user, across pages.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="pageSize">The page size, or <see langword="null"/> for the reader's default.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The users.</returns>
    public static IAsyncEnumerable<ConnectorUser> ReadAllUsersAsync(this IUserReader reader, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Pager.EnumerateAsync(reader.ListUsersAsync, pageSize, cancellationToken);
    }

    /// <summary>Enumerates every group, across pages.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="pageSize">The page size, or <see langword="null"/> for the reader's default.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The groups.</returns>
    public static IAsyncEnumerable<ConnectorGroup> ReadAllGroupsAsync(this IGroupReader reader, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Pager.EnumerateAsync(reader.ListGroupsAsync, pageSize, cancellationToken);
    }

    /// <summary>Enumerates every member of a group, across pages.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="groupId">The group's id.</param>
    /// <param name="pageSize">The page size, or <see langword="null"/> for the reader's default.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The members.</returns>
    public static IAsyncEnumerable<GroupMember> ReadAllGroupMembersAsync(this IGroupReader reader, string groupId, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(groupId);
        return Pager.EnumerateAsync((page, ct) => reader.ListGroupMembersAsync(groupId, page, ct), pageSize, cancellationToken);
    }

    /// <summary>Enumerates every resource, across pages.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="pageSize">The page size, or <see langword="null"/> for the reader's default.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The resources.</returns>
    public static IAsyncEnumerable<ConnectorResource> ReadAllResourcesAsync(this IResourceReader reader, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Pager.EnumerateAsync(reader.ListResourcesAsync, pageSize, cancellationToken);
    }

    /// <summary>Enumerates every access level of a resource, across pages.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="resourceId">The resource's id.</param>
    /// <param name="pageSize">The page size, or <see langword="null"/> for the reader's default.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The access levels.</returns>
    public static IAsyncEnumerable<AccessLevel> ReadAllAccessLevelsAsync(this IResourceReader reader, string resourceId, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(resourceId);
        return Pager.EnumerateAsync((page, ct) => reader.ListAccessLevelsAsync(resourceId, page, ct), pageSize, cancellationToken);
    }

    /// <summary>Enumerates every holder of a resource, across pages.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="resourceId">The resource's id.</param>
    /// <param name="pageSize">The page size, or <see langword="null"/> for the reader's default.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The assignments.</returns>
    public static IAsyncEnumerable<ResourceAssignment> ReadAllResourceAssignmentsAsync(this IResourceReader reader, string resourceId, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(resourceId);
        return Pager.EnumerateAsync((page, ct) => reader.ListResourceAssignmentsAsync(resourceId, page, ct), pageSize, cancellationToken);
    }
}
