namespace OktaCiam.Connector.Testing.Tests.Emulator.Search;

public sealed class SearchEvaluatorTests
{
    [Theory]
    [InlineData("flag eq true", true, true, true)]
    [InlineData("flag eq true", "true", true, false)]
    [InlineData("flag eq true", "TRUE", true, false)]
    [InlineData("flag eq true", 1, false, false)]
    [InlineData("flag eq true", false, false, false)]
    [InlineData("flag eq \"true\"", true, true, false)]
    [InlineData("n eq 1", "1", true, false)]
    [InlineData("n gt 5", 7, true, true)]
    [InlineData("s eq \"abc\"", "ABC", true, false)]
    [InlineData("s sw \"ab\"", "abc", true, true)]
    [InlineData("s co \"b\"", "abc", true, true)]
    public void Matches_LooseSearchVersusExactFilter(string expression, object value, bool search, bool filter)
    {
        var node = SearchParser.Parse(expression);
        var source = new Source(value);

        SearchEvaluator.Matches(node, source, search: true, loose: true).Should().Be(search);
        SearchEvaluator.Matches(node, source, search: false, loose: false).Should().Be(filter);
    }

    [Fact]
    public void Matches_ArrayValue_MatchesAnyElement()
    {
        var node = SearchParser.Parse("tags eq \"b\"");

        SearchEvaluator.Matches(node, new Source(new[] { "a", "b" }), true, true).Should().BeTrue();
        SearchEvaluator.Matches(node, new Source(new[] { "a", "c" }), true, true).Should().BeFalse();
    }

    [Fact]
    public void Matches_Dates_CompareChronologically()
    {
        var node = SearchParser.Parse("t gt \"2024-01-01T00:00:00Z\"");

        SearchEvaluator.Matches(node, new Source("2024-06-01T00:00:00.000Z"), true, true).Should().BeTrue();
        SearchEvaluator.Matches(node, new Source("2023-12-31T23:59:59.000Z"), true, true).Should().BeFalse();
    }

    [Fact]
    public void Matches_Present_NeedsANonEmptyValue()
    {
        var node = SearchParser.Parse("x pr");

        SearchEvaluator.Matches(node, new Source("a"), true, true).Should().BeTrue();
        SearchEvaluator.Matches(node, new Source(""), true, true).Should().BeFalse();
        SearchEvaluator.Matches(node, new Source(null), true, true).Should().BeFalse();
    }

    [Theory]
    [InlineData("profile.m eq true", true)]
    [InlineData("profile.m eq \"true\"", true)]
    [InlineData("profile.m eq true and status eq \"ACTIVE\"", true)]
    [InlineData("profile.m eq true or status eq \"ACTIVE\"", false)]
    [InlineData("(profile.m eq true and a eq 1) or (profile.m eq true and b eq 2)", true)]
    [InlineData("profile.m eq false", false)]
    [InlineData("profile.m pr", false)]
    public void RequiresTrue_KnowsWhenTheManagedIndexHoldsEveryCandidate(string expression, bool expected)
    {
        SearchEvaluator.RequiresTrue(SearchParser.Parse(expression), "profile.m").Should().Be(expected);
    }

    [Fact]
    public void PinnedValues_CollectsIdsFromEqAndOr()
    {
        SearchEvaluator.PinnedValues(SearchParser.Parse("id eq \"a\" or id eq \"b\""), "id").Should().Equal("a", "b");
        SearchEvaluator.PinnedValues(SearchParser.Parse("status eq \"X\" and id eq \"a\""), "id").Should().Equal("a");
        SearchEvaluator.PinnedValues(SearchParser.Parse("id eq \"a\" or status eq \"X\""), "id").Should().BeNull();
    }

    private sealed class Source(object? value) : IFieldSource
    {
        public FieldValue Get(string path) => value switch
        {
            null => FieldValue.Null,
            bool b => FieldValue.Of(b),
            int i => FieldValue.Of(i),
            string s => FieldValue.Of(s),
            string[] items => FieldValue.Array([.. items.Select(FieldValue.Of)]),
            _ => FieldValue.Missing,
        };
    }
}
