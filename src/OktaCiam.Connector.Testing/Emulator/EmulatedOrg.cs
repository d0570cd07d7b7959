using System.Collections.ObjectModel;

namespace OktaCiam.Connector.Testing;

/// <summary>
/// The state of an emulated Okta org: users, groups, memberships, admin roles, schemas, the search index, the token owner and the
/// System Log. Tests seed, change and inspect it while the emulator serves it; every member is thread-safe.
/// </summary>
/// <remarks>
/// Changes made here behave like changes an admin makes in the Okta console: they are strongly consistent for GET by id,
/// reach the search index after <see cref="SearchIndexLag"/>, and are written to the System Log.
/// </remarks>
public sealed partial class EmulatedOrg
{
    private readonly Dictionary<string, string> _fixtures = new(StringComparer.Ordinal);
    private TimeSpan _searchIndexLag;
    private bool _seeding;

    internal EmulatedOrg(OktaEmulatorOptions options, ulong key)
    {
        Time = options.TimeProvider;
        ManagedAttribute = options.ManagedAttribute;
        LooseSearchMatching = options.LooseSearchMatching;
        _searchIndexLag = options.SearchIndexLag;
        Key = key;
        Ids = new OktaIds(key);
        Random = new Random(unchecked((int)key));
        SeedEpoch = Time.GetUtcNow().ToUnixTimeMilliseconds() / 1000 * 1000;
        Customers = new CustomerGenerator(Ids, key, SeedEpoch, ManagedAttribute, options.Seed.CustomerDecoyRatio, options.Seed.OddTypedDecoys);
        UserTypeId = OktaIds.Random(Random, "oty");
        OrgId = OktaIds.Random(Random, "00o");
        UserTypePath = "types/user/" + UserTypeId;
        UserSchemaPath = "schemas/user/osc" + UserTypeId[3..];
        Fixtures = new ReadOnlyDictionary<string, string>(_fixtures);
        InitializeSchemas();
    }

    /// <summary>Gets the name of the boolean profile attribute that marks managed users and groups.</summary>
    public string ManagedAttribute { get; }

    /// <summary>Gets or sets how long a change takes to reach the search index (default from <see cref="OktaEmulatorOptions.SearchIndexLag"/>).</summary>
    /// <remarks>Plain lists, filters and GET by id always see the current state; only <c>search</c> lags.</remarks>
    public TimeSpan SearchIndexLag
    {
        get
        {
            lock (Gate)
            {
                return _searchIndexLag;
            }
        }

        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            lock (Gate)
            {
                _searchIndexLag = value;
            }
        }
    }

    /// <summary>Gets or sets whether <c>search</c> works; when <see langword="false"/> every search answers 503 <c>E0000100</c>.</summary>
    public bool SearchAvailable { get; set; } = true;

    /// <summary>Gets named ids of the seeded edge cases (for example <c>customer-string-true</c>, <c>managed-app-group</c>, <c>everyone</c>).</summary>
    public IReadOnlyDictionary<string, string> Fixtures { get; }

    internal Lock Gate { get; } = new();

    internal TimeProvider Time { get; }

    internal ulong Key { get; }

    internal OktaIds Ids { get; }

    internal Random Random { get; }

    internal long SeedEpoch { get; }

    internal CustomerGenerator Customers { get; }

    internal string UserTypeId { get; }

    internal string OrgId { get; }

    internal string UserTypePath { get; }

    internal string UserSchemaPath { get; }

    internal bool LooseSearchMatching { get; }

    internal long Now => Time.GetUtcNow().ToUnixTimeMilliseconds();

    internal long SearchLagMilliseconds => (long)_searchIndexLag.TotalMilliseconds;

    internal void AddFixture(string name, string id) => _fixtures[name] = id;

    internal void Seed(OktaEmulatorSeed seed)
    {
        lock (Gate)
        {
            _seeding = true;
            try
            {
                OrgSeeder.Seed(this, seed);
            }
            finally
            {
                _seeding = false;
            }
        }
    }
}
