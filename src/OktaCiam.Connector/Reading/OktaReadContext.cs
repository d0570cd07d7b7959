using Microsoft.Extensions.Logging;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector;

/// <summary>What the readers of one connector instance share: the client, the filter, the settings, cursor sealing, the managed-id directory, the counters and whether search works.</summary>
internal sealed class OktaReadContext
{
    /// <summary>How long the readers keep to full scans after Okta answered that search is unavailable.</summary>
    public static readonly TimeSpan SearchRetryAfter = TimeSpan.FromMinutes(5);

    private long _searchUnavailableSince = -1;

    public OktaReadContext(OktaClient client, OktaCiamOptions options, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        Client = client;
        Options = options.Read;
        TimeProvider = timeProvider;
        Logger = logger;
        Filter = new ManagedIdentityFilter(options.ManagedAttribute);
        Paths = new OktaReadPaths(options.ManagedAttribute);
        Protector = new OktaCursorProtector(options.ApiToken ?? options.OAuth?.PrivateKey, $"{client.OrgUrl.AbsoluteUri}|{options.ManagedAttribute}");
        Directory = new OktaManagedDirectory(timeProvider, Options.CacheDuration);
        Attributes = OktaUserMapping.SelectAttributes(Options.UserAttributes);
    }

    public OktaClient Client { get; }

    public OktaCiamReadOptions Options { get; }

    public TimeProvider TimeProvider { get; }

    public ILogger Logger { get; }

    public ManagedIdentityFilter Filter { get; }

    public OktaReadPaths Paths { get; }

    public OktaCursorProtector Protector { get; }

    public OktaManagedDirectory Directory { get; }

    public OktaReadCounters Counters { get; } = new();

    /// <summary>Gets the user profile attributes to expose; <see langword="null"/> for all.</summary>
    public IReadOnlySet<string>? Attributes { get; }

    /// <summary>Gets a value indicating whether search may be used (the mode is Search and Okta has not recently said it is unavailable).</summary>
    public bool SearchEnabled
    {
        get
        {
            if (Options.Mode != OktaCiamReadMode.Search)
            {
                return false;
            }

            var since = Interlocked.Read(ref _searchUnavailableSince);
            return since < 0 || TimeProvider.GetElapsedTime(since) >= SearchRetryAfter;
        }
    }

    /// <summary>Returns the page size to ask Okta for: the caller's, capped at <see cref="OktaReadPaths.PageSize"/>.</summary>
    public static int Limit(PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Math.Min(page.PageSize ?? OktaReadPaths.PageSize, OktaReadPaths.PageSize);
    }

    /// <summary>Returns whether Okta's answer means search cannot be used: 503 E0000100 (unavailable) or 400 E0000031 (search refused).</summary>
    public static bool IsSearchUnavailable(ConnectorException exception) =>
        exception is { StatusCode: 503, ErrorCode: "E0000100" } or { StatusCode: 400, ErrorCode: "E0000031" };

    /// <summary>Records that search is unavailable, with a warning, so lists use full scans for <see cref="SearchRetryAfter"/>.</summary>
    public void MarkSearchUnavailable(OktaReadList list, ConnectorException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Interlocked.Exchange(ref _searchUnavailableSince, TimeProvider.GetTimestamp());
        Log.ReadSearchUnavailable(Logger, exception.StatusCode, exception.ErrorCode, Name(list), SearchRetryAfter);
    }

    /// <summary>Seals a cursor for the caller.</summary>
    public string? Seal(OktaReadCursor? cursor) => cursor?.Encode(Protector);

    /// <summary>Returns the name of a list for log messages.</summary>
    public static string Name(OktaReadList list) => list switch
    {
        OktaReadList.Users => "users",
        OktaReadList.Groups => "groups",
        OktaReadList.Members => "group members",
        OktaReadList.Resources => "admin roles",
        OktaReadList.AccessLevels => "access levels",
        _ => "role assignments",
    };
}
