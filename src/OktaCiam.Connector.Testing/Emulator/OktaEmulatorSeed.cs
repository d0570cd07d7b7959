namespace OktaCiam.Connector.Testing;

/// <summary>
/// What a new emulated org contains. The same values always produce the same org (ids, logins, memberships, roles); only
/// timestamps follow the clock. Workforce users are placed at random positions among the customers.
/// </summary>
public sealed class OktaEmulatorSeed
{
    /// <summary>Gets a seed with no workforce users, customers, groups or roles beyond the Everyone group and an unmanaged token owner.</summary>
    public static OktaEmulatorSeed Empty => new()
    {
        ManagedUsers = 0,
        Customers = 0,
        ManagedGroups = 0,
        CustomerGroups = 0,
        ManagedAppGroups = 0,
        CustomersPerManagedGroup = 0,
        DeprovisionedManagedUsers = 0,
        CustomRoles = 0,
        ResourceSets = 0,
        CustomersWithRoles = 0,
        IncludeEdgeCases = false,
    };

    /// <summary>Gets or sets the random seed. Default 1.</summary>
    public int RandomSeed { get; set; } = 1;

    /// <summary>Gets or sets the number of workforce users whose managed attribute is <c>true</c>; the first one owns the API token. Default 20.</summary>
    public int ManagedUsers { get; set; } = 20;

    /// <summary>Gets or sets the number of customers (generated on demand; up to about 16 million). Default 200.</summary>
    public int Customers { get; set; } = 200;

    /// <summary>Gets or sets the number of managed OKTA_GROUP groups. Default 4.</summary>
    public int ManagedGroups { get; set; } = 4;

    /// <summary>Gets or sets the number of customer OKTA_GROUP groups (about 80 % of customers belong to one). Default 3.</summary>
    public int CustomerGroups { get; set; } = 3;

    /// <summary>Gets or sets the number of managed APP_GROUP groups (readable, not writable through the API). Default 1.</summary>
    public int ManagedAppGroups { get; set; } = 1;

    /// <summary>Gets or sets how many customers sit inside each managed group (they must never be reported). Default 2.</summary>
    public int CustomersPerManagedGroup { get; set; } = 2;

    /// <summary>Gets or sets how many workforce users are DEPROVISIONED. Default 1.</summary>
    public int DeprovisionedManagedUsers { get; set; } = 1;

    /// <summary>Gets or sets the share of customers whose managed attribute is present but not JSON <c>true</c>: false or null. Default 0.05.</summary>
    public double CustomerDecoyRatio { get; set; } = 0.05;

    /// <summary>
    /// Gets or sets whether those customers may also hold values a boolean schema would refuse: "true", 1, "false" and "". Search matches
    /// "true" loosely, so this makes search hits grow with the number of customers. Default <see langword="false"/> (the edge-case fixtures hold one of each anyway).
    /// </summary>
    public bool OddTypedDecoys { get; set; }

    /// <summary>Gets or sets the number of custom admin roles. Default 2.</summary>
    public int CustomRoles { get; set; } = 2;

    /// <summary>Gets or sets the number of resource sets. Default 2.</summary>
    public int ResourceSets { get; set; } = 2;

    /// <summary>Gets or sets how many customers hold an admin role directly (they must never be reported as assignees). Default 1.</summary>
    public int CustomersWithRoles { get; set; } = 1;

    /// <summary>Gets or sets whether the BUILT_IN Everyone group exists. Default <see langword="true"/>.</summary>
    public bool IncludeEveryoneGroup { get; set; } = true;

    /// <summary>Gets or sets whether to add the edge-case users and groups named in <see cref="EmulatedOrg.Fixtures"/>. Default <see langword="true"/>.</summary>
    public bool IncludeEdgeCases { get; set; } = true;

    /// <summary>Gets or sets the admin role of the API token's owner; null or empty for none. Default SUPER_ADMIN.</summary>
    public string? TokenOwnerRole { get; set; } = "SUPER_ADMIN";

    internal void Validate()
    {
        Check(ManagedUsers, nameof(ManagedUsers));
        Check(Customers, nameof(Customers));
        Check(ManagedGroups, nameof(ManagedGroups));
        Check(CustomerGroups, nameof(CustomerGroups));
        Check(ManagedAppGroups, nameof(ManagedAppGroups));
        Check(CustomersPerManagedGroup, nameof(CustomersPerManagedGroup));
        Check(DeprovisionedManagedUsers, nameof(DeprovisionedManagedUsers));
        Check(CustomRoles, nameof(CustomRoles));
        Check(ResourceSets, nameof(ResourceSets));
        Check(CustomersWithRoles, nameof(CustomersWithRoles));
        if ((long)ManagedUsers + Customers > OktaIds.MaxPositions - 1000)
        {
            throw new ArgumentException($"The emulator holds at most {OktaIds.MaxPositions - 1000} seeded users.", nameof(Customers));
        }

        if (CustomerDecoyRatio is < 0 or > 1 || double.IsNaN(CustomerDecoyRatio))
        {
            throw new ArgumentOutOfRangeException(nameof(CustomerDecoyRatio), CustomerDecoyRatio, "CustomerDecoyRatio must be between 0 and 1.");
        }

        if (DeprovisionedManagedUsers >= Math.Max(1, ManagedUsers) && DeprovisionedManagedUsers > 0)
        {
            throw new ArgumentException("DeprovisionedManagedUsers must be smaller than ManagedUsers (the token owner stays active).", nameof(DeprovisionedManagedUsers));
        }

        if (!string.IsNullOrEmpty(TokenOwnerRole) && !StandardRoles.Labels.ContainsKey(TokenOwnerRole))
        {
            throw new ArgumentException($"TokenOwnerRole '{TokenOwnerRole}' is not a standard Okta role type.", nameof(TokenOwnerRole));
        }
    }

    private static void Check(int value, string name)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must not be negative.");
        }
    }
}
