using System.ComponentModel.DataAnnotations;

namespace OktaCiam.Connector;

/// <summary>How the connector reads managed users, groups and admin roles.</summary>
/// <remarks>
/// Whatever the settings, a record enters a result only when the managed-identity filter finds its
/// <c>profile.&lt;ManagedAttribute&gt;</c> to be the JSON boolean <c>true</c>.
/// </remarks>
public sealed class OktaCiamReadOptions
{
    /// <summary>The default of <see cref="MaxConcurrency"/>.</summary>
    public const int DefaultMaxConcurrency = 8;

    /// <summary>The value of <see cref="UserAttributes"/> that exposes every profile attribute.</summary>
    public const string AllAttributes = "*";

    /// <summary>Gets the profile attributes exposed when <see cref="UserAttributes"/> is empty: sign-in name, email, names, job and reporting line.</summary>
    public static IReadOnlyList<string> DefaultUserAttributes { get; } =
    [
        "login", "email", "firstName", "lastName", "displayName", "nickName", "title", "department", "division",
        "organization", "costCenter", "employeeNumber", "userType", "manager", "managerId",
    ];

    /// <summary>Gets or sets how managed users and groups are found. Default <see cref="OktaCiamReadMode.Search"/>.</summary>
    public OktaCiamReadMode Mode { get; set; } = OktaCiamReadMode.Search;

    /// <summary>Gets or sets a value indicating whether search hits are used as Okta's index returns them. Default <see langword="false"/>.</summary>
    /// <remarks>
    /// Okta's search index is eventually consistent and its bodies can be stale. With the default (<see langword="false"/>)
    /// every hit is confirmed with a strongly consistent <c>GET</c> by id, the filter is applied to that fresh body, and
    /// identities changed within <see cref="RecentChangesWindow"/> are also read from a current list: one extra call per
    /// managed record. <see langword="true"/> saves those calls but accepts the index's lag in both directions: an identity
    /// unmarked moments ago can still be returned with its old body, and one marked moments ago can be missed.
    /// </remarks>
    public bool TrustSearchIndex { get; set; }

    /// <summary>Gets or sets the user profile attributes exposed in <c>ConnectorUser.Attributes</c>. Default empty, meaning <see cref="DefaultUserAttributes"/>.</summary>
    /// <remarks>Profile property names (letters, digits, underscores); <see cref="AllAttributes"/> (<c>*</c>) alone exposes every attribute.</remarks>
    public IList<string> UserAttributes { get; set; } = [];

    /// <summary>Gets or sets the managed groups imported by group lists, by id or by name. Default empty: every managed group.</summary>
    /// <remarks>A group must be managed to be imported whatever this list says; groups outside the list can still be read by id.</remarks>
    public IList<string> Groups { get; set; } = [];

    /// <summary>Gets or sets the most confirmation and role reads in flight at once for one list. Default 8; range 1 to 64.</summary>
    /// <remarks><see cref="OktaCiamHttpOptions.MaxConcurrentRequests"/> still caps the requests of the whole instance.</remarks>
    [Range(1, 64, ErrorMessage = "Read:MaxConcurrency must be between 1 and 64.")]
    public int MaxConcurrency { get; set; } = DefaultMaxConcurrency;

    /// <summary>Gets or sets how far back a <see cref="OktaCiamReadMode.Search"/> read also lists recently changed users and groups from a current list. Default 5 minutes; range zero (off) to 1 day.</summary>
    /// <remarks>
    /// Covers changes the search index has not caught up with (Okta's lag is typically under a second). Costs one list page
    /// per 200 identities, customers included, updated within the window. Not used when <see cref="TrustSearchIndex"/> is set.
    /// </remarks>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "Read:RecentChangesWindow must be between 00:00:00 and 1.00:00:00.")]
    public TimeSpan RecentChangesWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets how long the managed user and group ids of a completed list, and the role assignments built on them, are reused by role-assignee lists. Default 1 minute; range zero (never reused) to 1 hour.</summary>
    /// <remarks>Role assignees are filtered against the managed users without a request per assignee; a sync lists users first, so its role lists reuse that list.</remarks>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "Read:CacheDuration must be between 00:00:00 and 01:00:00.")]
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Returns a description of the settings.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"OktaCiamReadOptions {{ Mode = {Mode}, TrustSearchIndex = {TrustSearchIndex}, UserAttributes = [{string.Join(", ", UserAttributes)}], Groups = {Groups.Count}, MaxConcurrency = {MaxConcurrency}, RecentChangesWindow = {RecentChangesWindow}, CacheDuration = {CacheDuration} }}";
}
