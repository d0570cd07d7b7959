namespace OktaCiam.Connector;

/// <summary>An IAM list wrapper: the page's items with the next page's link in the body rather than a Link header.</summary>
internal interface IOktaBodyList<T>
{
    IReadOnlyList<T>? Items { get; }

    string? NextHref { get; }
}
