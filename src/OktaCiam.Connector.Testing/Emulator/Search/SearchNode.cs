namespace OktaCiam.Connector.Testing;

/// <summary>A parsed <c>search</c> or <c>filter</c> expression.</summary>
internal abstract class SearchNode
{
    public abstract int Count { get; }

    public sealed class And(IReadOnlyList<SearchNode> children) : SearchNode
    {
        public IReadOnlyList<SearchNode> Children { get; } = children;

        public override int Count => Children.Sum(c => c.Count);
    }

    public sealed class Or(IReadOnlyList<SearchNode> children) : SearchNode
    {
        public IReadOnlyList<SearchNode> Children { get; } = children;

        public override int Count => Children.Sum(c => c.Count);
    }

    public sealed class Not(SearchNode operand) : SearchNode
    {
        public SearchNode Operand { get; } = operand;

        public override int Count => Operand.Count;
    }

    public sealed class Compare(string path, SearchOperator op, SearchLiteral literal) : SearchNode
    {
        public string Path { get; } = path;

        public SearchOperator Operator { get; } = op;

        /// <summary>The right-hand side; unused for <see cref="SearchOperator.Pr"/>.</summary>
        public SearchLiteral Literal { get; } = literal;

        public override int Count => 1;
    }
}
