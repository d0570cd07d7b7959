namespace OktaCiam.Connector.Testing;

/// <summary>Parses and validates <c>search</c>/<c>filter</c> parameters into Okta's 400 answers.</summary>
internal static class Expressions
{
    public static EmulatorResponse? TryParse(string text, Action<SearchNode> validate, out SearchNode? node, string errorCode = "E0000031", string summary = "Invalid search criteria.")
    {
        try
        {
            node = SearchParser.Parse(text);
            validate(node);
            return null;
        }
        catch (SearchSyntaxException e)
        {
            node = null;
            return EmulatorResponse.Error(400, errorCode, summary, e.Message);
        }
    }

    public static EmulatorResponse SearchUnavailable() => EmulatorResponse.Error(503, "E0000100", "Unable to perform search query.");
}
