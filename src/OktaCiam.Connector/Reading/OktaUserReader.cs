using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector;

/// <summary>Reads managed Okta users: a list of every managed user (DEPROVISIONED ones included) and strongly consistent reads by id.</summary>
internal sealed class OktaUserReader : IUserReader
{
    private readonly OktaReadContext _context;

    public OktaUserReader(OktaReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        Lister = new OktaManagedLister<OktaUser>(
            context,
            OktaReadList.Users,
            OktaJsonContext.Default.OktaUser,
            static user => user.Id,
            static user => user.LastUpdated,
            (id, reader, ct) => context.Client.GetUserAsync(id, reader, ct));
    }

    /// <summary>Gets the list walker, which the role reader also uses to learn the managed user ids.</summary>
    public OktaManagedLister<OktaUser> Lister { get; }

    /// <inheritdoc/>
    public async Task<Page<ConnectorUser>> ListUsersAsync(PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await Lister.ReadPageAsync(page, cancellationToken).ConfigureAwait(false);
        var users = new List<ConnectorUser>(result.Items.Count);
        foreach (var user in result.Items)
        {
            if (OktaUserMapping.ToConnectorUser(user, _context.Attributes) is { } mapped)
            {
                users.Add(mapped);
            }
        }

        return Page.Create(users, _context.Seal(result.Next));
    }

    /// <inheritdoc/>
    public async Task<ConnectorUser?> GetUserAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var fresh = await _context.Client.GetUserAsync(userId, OktaConfirmation<OktaUser>.Reader(_context.Filter, OktaJsonContext.Default.OktaUser), cancellationToken).ConfigureAwait(false);
        if (fresh is null)
        {
            return null;
        }

        if (!fresh.IsManaged)
        {
            _context.Counters.Excluded.Add(fresh.Reason);
            return null;
        }

        return OktaUserMapping.ToConnectorUser(fresh.Value!, _context.Attributes);
    }
}
