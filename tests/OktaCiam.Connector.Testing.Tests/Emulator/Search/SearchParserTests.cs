namespace OktaCiam.Connector.Testing.Tests.Emulator.Search;

public sealed class SearchParserTests
{
    [Fact]
    public void Parse_AndBindsTighterThanOr()
    {
        var node = SearchParser.Parse("a eq 1 or b eq 2 and c eq 3");

        var or = node.Should().BeOfType<SearchNode.Or>().Subject;
        or.Children[0].Should().BeOfType<SearchNode.Compare>();
        or.Children[1].Should().BeOfType<SearchNode.And>().Which.Children.Should().HaveCount(2);
    }

    [Fact]
    public void Parse_Parentheses_Group()
    {
        var node = SearchParser.Parse("(a eq 1 or b eq 2) and c pr");

        var and = node.Should().BeOfType<SearchNode.And>().Subject;
        and.Children[0].Should().BeOfType<SearchNode.Or>();
        and.Children[1].Should().BeOfType<SearchNode.Compare>().Which.Operator.Should().Be(SearchOperator.Pr);
    }

    [Theory]
    [InlineData("profile.x eq \"a \\\"quoted\\\" \\\\ value\"", "String", "a \"quoted\" \\ value")]
    [InlineData("profile.x eq \"caf\\u00e9\"", "String", "café")]
    [InlineData("profile.x eq TRUE", "True", "true")]
    [InlineData("profile.x eq false", "False", "false")]
    [InlineData("profile.x gt -1.5e3", "Number", "-1.5e3")]
    [InlineData("profile.x EQ \"x\"", "String", "x")]
    public void Parse_Literals(string text, string kind, string value)
    {
        var compare = SearchParser.Parse(text).Should().BeOfType<SearchNode.Compare>().Subject;

        compare.Literal.Kind.ToString().Should().Be(kind);
        compare.Literal.Text.Should().Be(value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("status")]
    [InlineData("status eq")]
    [InlineData("status eq \"open")]
    [InlineData("status eq ACTIVE")]
    [InlineData("status like \"A\"")]
    [InlineData("(status eq \"A\"")]
    [InlineData("status eq \"A\")")]
    [InlineData("1abc eq \"A\"")]
    [InlineData("profile..x eq \"A\"")]
    [InlineData("status eq \"A\" and and status eq \"B\"")]
    [InlineData("status eq \"\\q\"")]
    public void Parse_Malformed_Throws(string text)
    {
        FluentActions.Invoking(() => SearchParser.Parse(text)).Should().Throw<SearchSyntaxException>().Which.Message.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void Parse_TooDeepOrTooLong_Throws()
    {
        FluentActions.Invoking(() => SearchParser.Parse(new string('(', 30) + "a eq 1" + new string(')', 30))).Should().Throw<SearchSyntaxException>();
        FluentActions.Invoking(() => SearchParser.Parse("a eq \"" + new string('x', 3000) + "\"")).Should().Throw<SearchSyntaxException>();
    }
}
