using System.Globalization;
using System.Text;

namespace OktaCiam.Connector.Testing;

/// <summary>
/// Parses Okta expressions: <c>attr op value</c>, <c>attr pr</c>, <c>and</c>/<c>or</c>/<c>not</c>, parentheses; operators and
/// keywords are case-insensitive, attribute names are not. Which attributes and operators are allowed is checked afterwards by <see cref="SearchRules"/>.
/// </summary>
internal sealed class SearchParser
{
    public const int MaxLength = 2048;
    private readonly string _text;
    private int _pos;

    private SearchParser(string text) => _text = text;

    public static SearchNode Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new SearchSyntaxException("The expression is empty.");
        }

        if (text.Length > MaxLength)
        {
            throw new SearchSyntaxException($"The expression is longer than {MaxLength} characters.");
        }

        var parser = new SearchParser(text);
        var node = parser.ParseOr(0);
        parser.SkipSpace();
        if (parser._pos < text.Length)
        {
            throw new SearchSyntaxException($"Unexpected text at position {parser._pos}: '{Excerpt(text, parser._pos)}'.");
        }

        return node;
    }

    private SearchNode ParseOr(int depth)
    {
        var children = new List<SearchNode> { ParseAnd(depth) };
        while (TryKeyword("or"))
        {
            children.Add(ParseAnd(depth));
        }

        return children.Count == 1 ? children[0] : new SearchNode.Or(children);
    }

    private SearchNode ParseAnd(int depth)
    {
        var children = new List<SearchNode> { ParseUnary(depth) };
        while (TryKeyword("and"))
        {
            children.Add(ParseUnary(depth));
        }

        return children.Count == 1 ? children[0] : new SearchNode.And(children);
    }

    private SearchNode ParseUnary(int depth)
    {
        if (depth > 16)
        {
            throw new SearchSyntaxException("The expression nests parentheses too deeply.");
        }

        SkipSpace();
        if (_pos < _text.Length && _text[_pos] == '(')
        {
            _pos++;
            var inner = ParseOr(depth + 1);
            SkipSpace();
            if (_pos >= _text.Length || _text[_pos] != ')')
            {
                throw new SearchSyntaxException("A parenthesis is not closed.");
            }

            _pos++;
            return inner;
        }

        if (TryKeyword("not"))
        {
            return new SearchNode.Not(ParseUnary(depth + 1));
        }

        return ParseComparison();
    }

    private SearchNode.Compare ParseComparison()
    {
        SkipSpace();
        var start = _pos;
        while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] is '_' or '.' or '$' or '-'))
        {
            _pos++;
        }

        var path = _text[start.._pos];
        if (path.Length == 0 || !char.IsAsciiLetter(path[0]) || path.EndsWith('.') || path.Contains("..", StringComparison.Ordinal))
        {
            throw new SearchSyntaxException($"Expected an attribute name at position {start}: '{Excerpt(_text, start)}'.");
        }

        var opText = ReadWord();
        var op = opText.ToUpperInvariant() switch
        {
            "EQ" => SearchOperator.Eq,
            "NE" => SearchOperator.Ne,
            "GT" => SearchOperator.Gt,
            "GE" => SearchOperator.Ge,
            "LT" => SearchOperator.Lt,
            "LE" => SearchOperator.Le,
            "SW" => SearchOperator.Sw,
            "CO" => SearchOperator.Co,
            "EW" => SearchOperator.Ew,
            "PR" => SearchOperator.Pr,
            _ => throw new SearchSyntaxException($"'{opText}' after '{path}' is not an operator."),
        };
        if (op == SearchOperator.Pr)
        {
            return new SearchNode.Compare(path, op, default);
        }

        return new SearchNode.Compare(path, op, ParseLiteral(path));
    }

    private SearchLiteral ParseLiteral(string path)
    {
        SkipSpace();
        if (_pos >= _text.Length)
        {
            throw new SearchSyntaxException($"The comparison on '{path}' has no value.");
        }

        if (_text[_pos] == '"')
        {
            return new SearchLiteral(FieldKind.String, ReadString(), 0);
        }

        var start = _pos;
        var word = ReadWord();
        switch (word.ToUpperInvariant())
        {
            case "TRUE":
                return new SearchLiteral(FieldKind.True, "true", 0);
            case "FALSE":
                return new SearchLiteral(FieldKind.False, "false", 0);
            case "NULL":
                return new SearchLiteral(FieldKind.Null, "null", 0);
            default:
                break;
        }

        if (double.TryParse(word, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number))
        {
            return new SearchLiteral(FieldKind.Number, word, number);
        }

        throw new SearchSyntaxException($"The value for '{path}' at position {start} must be a quoted string, a number, true or false: '{Excerpt(_text, start)}'.");
    }

    private string ReadString()
    {
        _pos++;
        var sb = new StringBuilder();
        while (_pos < _text.Length)
        {
            var c = _text[_pos++];
            if (c == '"')
            {
                return sb.ToString();
            }

            if (c == '\\')
            {
                if (_pos >= _text.Length)
                {
                    break;
                }

                var e = _text[_pos++];
                switch (e)
                {
                    case '"' or '\\' or '/':
                        sb.Append(e);
                        break;
                    case 'u' when _pos + 4 <= _text.Length && ushort.TryParse(_text.AsSpan(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                        sb.Append((char)code);
                        _pos += 4;
                        break;
                    default:
                        throw new SearchSyntaxException($"Unknown escape '\\{e}' in a string value.");
                }

                continue;
            }

            sb.Append(c);
        }

        throw new SearchSyntaxException("A string value is not closed with a double quote.");
    }

    private string ReadWord()
    {
        SkipSpace();
        var start = _pos;
        while (_pos < _text.Length && !char.IsWhiteSpace(_text[_pos]) && _text[_pos] is not '(' and not ')' and not '"')
        {
            _pos++;
        }

        return _text[start.._pos];
    }

    private bool TryKeyword(string keyword)
    {
        SkipSpace();
        var end = _pos + keyword.Length;
        if (end > _text.Length || !_text.AsSpan(_pos, keyword.Length).Equals(keyword, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (end < _text.Length && !char.IsWhiteSpace(_text[end]) && _text[end] != '(')
        {
            return false;
        }

        _pos = end;
        return true;
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private static string Excerpt(string text, int pos) => text.Length - pos > 24 ? text.Substring(pos, 24) + "…" : text[pos..];
}
