using System.Globalization;

namespace OktaCiam.Connector.Testing;

/// <summary>
/// Evaluates an expression against a record. Search is case-insensitive on values and, like an index that stores text,
/// loose on types (<c>eq true</c> also matches the string "true"); filters are exact.
/// </summary>
internal static class SearchEvaluator
{
    public static bool Matches(SearchNode node, IFieldSource source, bool search, bool loose)
    {
        switch (node)
        {
            case SearchNode.And and:
                foreach (var child in and.Children)
                {
                    if (!Matches(child, source, search, loose))
                    {
                        return false;
                    }
                }

                return true;
            case SearchNode.Or or:
                foreach (var child in or.Children)
                {
                    if (Matches(child, source, search, loose))
                    {
                        return true;
                    }
                }

                return false;
            case SearchNode.Not not:
                return !Matches(not.Operand, source, search, loose);
            case SearchNode.Compare compare:
                var value = source.Get(compare.Path);
                return compare.Operator == SearchOperator.Pr ? IsPresent(value) : CompareAny(value, compare, search ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal, loose);
            default:
                return false;
        }
    }

    /// <summary>True when every record the expression matches must have <c>path eq true</c> (loosely), so an index of such records holds all candidates.</summary>
    public static bool RequiresTrue(SearchNode node, string path) => node switch
    {
        SearchNode.Compare c => c.Path == path && c.Operator == SearchOperator.Eq &&
            (c.Literal.Kind == FieldKind.True || (c.Literal.Kind == FieldKind.String && string.Equals(c.Literal.Text, "true", StringComparison.OrdinalIgnoreCase))),
        SearchNode.And and => and.Children.Any(child => RequiresTrue(child, path)),
        SearchNode.Or or => or.Children.All(child => RequiresTrue(child, path)),
        _ => false,
    };

    /// <summary>The string values an expression pins <paramref name="path"/> to with <c>eq</c>, or null when it does not.</summary>
    public static IReadOnlyList<string>? PinnedValues(SearchNode node, string path)
    {
        switch (node)
        {
            case SearchNode.Compare c when c.Path == path && c.Operator == SearchOperator.Eq && c.Literal.Kind == FieldKind.String:
                return [c.Literal.Text];
            case SearchNode.And and:
                foreach (var child in and.Children)
                {
                    if (PinnedValues(child, path) is { } pinned)
                    {
                        return pinned;
                    }
                }

                return null;
            case SearchNode.Or or:
                var all = new List<string>();
                foreach (var child in or.Children)
                {
                    if (PinnedValues(child, path) is not { } pinned)
                    {
                        return null;
                    }

                    all.AddRange(pinned);
                }

                return all;
            default:
                return null;
        }
    }

    private static bool IsPresent(FieldValue value) => value.Kind switch
    {
        FieldKind.Missing or FieldKind.Null => false,
        FieldKind.String => value.Text!.Length > 0,
        FieldKind.Array => value.Items!.Length > 0,
        _ => true,
    };

    private static bool CompareAny(FieldValue value, SearchNode.Compare c, StringComparison comparison, bool loose)
    {
        if (value.Kind == FieldKind.Array)
        {
            foreach (var item in value.Items!)
            {
                if (CompareOne(item, c, comparison, loose))
                {
                    return true;
                }
            }

            return false;
        }

        return CompareOne(value, c, comparison, loose);
    }

    private static bool CompareOne(FieldValue value, SearchNode.Compare c, StringComparison comparison, bool loose)
    {
        var literal = c.Literal;
        switch (value.Kind)
        {
            case FieldKind.String:
                if (literal.Kind == FieldKind.String)
                {
                    return CompareText(value.Text!, literal.Text, c.Operator, comparison);
                }

                if (!loose)
                {
                    return false;
                }

                if (literal.Kind == FieldKind.Number && double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                {
                    return CompareNumber(parsed, literal.Number, c.Operator);
                }

                return c.Operator == SearchOperator.Eq && string.Equals(value.Text, literal.Text, StringComparison.OrdinalIgnoreCase);
            case FieldKind.Number:
                if (literal.Kind == FieldKind.Number)
                {
                    return CompareNumber(value.Number, literal.Number, c.Operator);
                }

                return loose && literal.Kind == FieldKind.String && double.TryParse(literal.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && CompareNumber(value.Number, n, c.Operator);
            case FieldKind.True or FieldKind.False:
                if (c.Operator != SearchOperator.Eq)
                {
                    return false;
                }

                if (literal.Kind is FieldKind.True or FieldKind.False)
                {
                    return literal.Kind == value.Kind;
                }

                return loose && literal.Kind == FieldKind.String && string.Equals(literal.Text, value.Text, StringComparison.OrdinalIgnoreCase);
            default:
                return false;
        }
    }

    private static bool CompareText(string value, string literal, SearchOperator op, StringComparison comparison)
    {
        switch (op)
        {
            case SearchOperator.Sw:
                return value.StartsWith(literal, comparison);
            case SearchOperator.Co:
                return value.Contains(literal, comparison);
            case SearchOperator.Ew:
                return value.EndsWith(literal, comparison);
            default:
                break;
        }

        int order;
        if (LooksLikeTime(literal) && OktaTime.TryParse(value, out var left) && OktaTime.TryParse(literal, out var right))
        {
            order = left.CompareTo(right);
        }
        else
        {
            order = string.Compare(value, literal, comparison);
        }

        return op switch
        {
            SearchOperator.Eq => order == 0,
            SearchOperator.Ne => order != 0,
            SearchOperator.Gt => order > 0,
            SearchOperator.Ge => order >= 0,
            SearchOperator.Lt => order < 0,
            SearchOperator.Le => order <= 0,
            _ => false,
        };
    }

    private static bool CompareNumber(double value, double literal, SearchOperator op) => op switch
    {
        SearchOperator.Eq => value == literal,
        SearchOperator.Ne => value != literal,
        SearchOperator.Gt => value > literal,
        SearchOperator.Ge => value >= literal,
        SearchOperator.Lt => value < literal,
        SearchOperator.Le => value <= literal,
        _ => false,
    };

    private static bool LooksLikeTime(string text) => text.Length >= 10 && char.IsAsciiDigit(text[0]) && text[4] == '-' && text[7] == '-';
}
