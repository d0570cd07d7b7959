namespace OktaCiam.Connector.Testing;

/// <summary>What Okta accepts in each place an expression can appear; anything else is refused like Okta refuses it (400).</summary>
internal static class SearchRules
{
    public const int MaxComparisons = 64;

    private static readonly HashSet<string> UserSearchTopLevel = new(StringComparer.Ordinal) { "id", "status", "created", "activated", "statusChanged", "lastUpdated", "type.id" };
    private static readonly HashSet<string> UserDates = new(StringComparer.Ordinal) { "created", "activated", "statusChanged", "lastUpdated" };
    private static readonly HashSet<string> UserContains = new(StringComparer.Ordinal) { "profile.firstName", "profile.lastName", "profile.email", "profile.login" };
    private static readonly HashSet<string> UserFilterAttributes = new(StringComparer.Ordinal) { "status", "lastUpdated", "id", "profile.login", "profile.email", "profile.firstName", "profile.lastName" };
    private static readonly HashSet<string> GroupSearchTopLevel = new(StringComparer.Ordinal) { "id", "created", "lastMembershipUpdated", "lastUpdated", "type", "source.id" };
    private static readonly HashSet<string> GroupDates = new(StringComparer.Ordinal) { "created", "lastMembershipUpdated", "lastUpdated" };
    private static readonly HashSet<string> GroupContains = new(StringComparer.Ordinal) { "profile.name", "profile.description" };
    private static readonly HashSet<string> GroupFilterAttributes = new(StringComparer.Ordinal) { "id", "type", "lastUpdated", "lastMembershipUpdated" };
    private static readonly HashSet<string> LogAttributes = new(StringComparer.Ordinal)
    {
        "eventType", "uuid", "published", "severity", "displayMessage", "actor.id", "actor.type", "actor.alternateId", "actor.displayName",
        "target.id", "target.type", "target.alternateId", "target.displayName", "outcome.result", "transaction.id",
    };

    public static void ValidateUserSearch(SearchNode node, Func<string, bool> isProfileAttribute) => Walk(node, allowNot: false, c =>
    {
        if (c.Path.StartsWith("profile.", StringComparison.Ordinal))
        {
            var name = c.Path["profile.".Length..];
            if (!isProfileAttribute(name))
            {
                throw new SearchSyntaxException($"'{c.Path}' is not a property of the user profile schema.");
            }
        }
        else if (!UserSearchTopLevel.Contains(c.Path))
        {
            throw new SearchSyntaxException($"'{c.Path}' cannot be searched: use id, status, created, activated, statusChanged, lastUpdated, type.id or profile.<attribute>.");
        }

        CheckOperator(c, allowed: [SearchOperator.Eq, SearchOperator.Sw, SearchOperator.Co, SearchOperator.Pr, SearchOperator.Gt, SearchOperator.Ge, SearchOperator.Lt, SearchOperator.Le]);
        if (c.Operator == SearchOperator.Co && !UserContains.Contains(c.Path))
        {
            throw new SearchSyntaxException($"'co' only works on profile.firstName, profile.lastName, profile.email and profile.login, not on '{c.Path}'.");
        }

        CheckDate(c, UserDates);
    });

    public static void ValidateUserFilter(SearchNode node) => Walk(node, allowNot: false, c =>
    {
        if (!UserFilterAttributes.Contains(c.Path))
        {
            throw new SearchSyntaxException($"'{c.Path}' cannot be used in a user filter (only status, lastUpdated, id, profile.login, profile.email, profile.firstName, profile.lastName); use search for other attributes.");
        }

        CheckOperator(c, c.Path == "lastUpdated"
            ? [SearchOperator.Eq, SearchOperator.Gt, SearchOperator.Ge, SearchOperator.Lt, SearchOperator.Le]
            : [SearchOperator.Eq]);
        CheckDate(c, UserDates);
    });

    public static void ValidateGroupSearch(SearchNode node) => Walk(node, allowNot: false, c =>
    {
        if (!c.Path.StartsWith("profile.", StringComparison.Ordinal) && !GroupSearchTopLevel.Contains(c.Path))
        {
            throw new SearchSyntaxException($"'{c.Path}' cannot be searched: use id, created, lastUpdated, lastMembershipUpdated, type, source.id or profile.<attribute>.");
        }

        CheckOperator(c, allowed: [SearchOperator.Eq, SearchOperator.Sw, SearchOperator.Co, SearchOperator.Pr, SearchOperator.Gt, SearchOperator.Ge, SearchOperator.Lt, SearchOperator.Le]);
        if (c.Operator == SearchOperator.Co && !GroupContains.Contains(c.Path))
        {
            throw new SearchSyntaxException($"'co' only works on profile.name and profile.description, not on '{c.Path}'.");
        }

        CheckDate(c, GroupDates);
    });

    public static void ValidateGroupFilter(SearchNode node) => Walk(node, allowNot: false, c =>
    {
        if (!GroupFilterAttributes.Contains(c.Path))
        {
            throw new SearchSyntaxException($"'{c.Path}' cannot be used in a group filter (only id, type, lastUpdated, lastMembershipUpdated); use search for profile attributes.");
        }

        CheckOperator(c, GroupDates.Contains(c.Path)
            ? [SearchOperator.Eq, SearchOperator.Gt, SearchOperator.Ge, SearchOperator.Lt, SearchOperator.Le]
            : [SearchOperator.Eq]);
        CheckDate(c, GroupDates);
    });

    public static void ValidateLogFilter(SearchNode node) => Walk(node, allowNot: false, c =>
    {
        if (!LogAttributes.Contains(c.Path))
        {
            throw new SearchSyntaxException($"'{c.Path}' is not a filterable System Log property.");
        }

        CheckOperator(c, allowed: [SearchOperator.Eq, SearchOperator.Sw, SearchOperator.Co, SearchOperator.Pr, SearchOperator.Gt, SearchOperator.Ge, SearchOperator.Lt, SearchOperator.Le]);
    });

    private static void Walk(SearchNode node, bool allowNot, Action<SearchNode.Compare> check)
    {
        if (node.Count > MaxComparisons)
        {
            throw new SearchSyntaxException($"The expression has more than {MaxComparisons} comparisons.");
        }

        Visit(node, allowNot, check);
    }

    private static void Visit(SearchNode node, bool allowNot, Action<SearchNode.Compare> check)
    {
        switch (node)
        {
            case SearchNode.And and:
                foreach (var child in and.Children)
                {
                    Visit(child, allowNot, check);
                }

                break;
            case SearchNode.Or or:
                foreach (var child in or.Children)
                {
                    Visit(child, allowNot, check);
                }

                break;
            case SearchNode.Not not:
                if (!allowNot)
                {
                    throw new SearchSyntaxException("The 'not' operator is not supported.");
                }

                Visit(not.Operand, allowNot, check);
                break;
            case SearchNode.Compare compare:
                if (compare.Operator != SearchOperator.Pr && compare.Literal.Kind == FieldKind.Null)
                {
                    throw new SearchSyntaxException($"'null' is not a supported value (on '{compare.Path}'); use 'pr' to test presence.");
                }

                check(compare);
                break;
            default:
                throw new SearchSyntaxException("Unsupported expression.");
        }
    }

    private static void CheckOperator(SearchNode.Compare c, SearchOperator[] allowed)
    {
        if (Array.IndexOf(allowed, c.Operator) < 0)
        {
            throw new SearchSyntaxException($"The operator '{c.Operator.ToString().ToLowerInvariant()}' is not supported on '{c.Path}' here.");
        }
    }

    private static void CheckDate(SearchNode.Compare c, HashSet<string> dates)
    {
        if (dates.Contains(c.Path) && c.Operator != SearchOperator.Pr && (c.Literal.Kind != FieldKind.String || !OktaTime.TryParse(c.Literal.Text, out _)))
        {
            throw new SearchSyntaxException($"'{c.Path}' must be compared with a quoted timestamp such as \"2024-01-01T00:00:00.000Z\".");
        }
    }
}
