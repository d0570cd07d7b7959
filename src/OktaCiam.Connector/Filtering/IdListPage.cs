namespace OktaCiam.Connector;

/// <summary>One id-list page (group members, role assignees) after filtering against a <see cref="ManagedIdSet"/>.</summary>
/// <param name="ManagedIds">The managed ids in page order; each is the set's own string instance.</param>
/// <param name="RecordCount">How many entries the page held.</param>
/// <param name="Excluded">How many entries were left out, by reason.</param>
/// <param name="NextHref">The <c>_links.next.href</c> of a wrapped list (<c>{"value":[…],"_links":…}</c>), when it has one.</param>
internal sealed record IdListPage(IReadOnlyList<string> ManagedIds, int RecordCount, ExclusionCounts Excluded, string? NextHref);
