namespace OktaCiam.Connector;

/// <summary>The <c>_links</c> of an IAM list wrapper, of which only <c>next</c> matters.</summary>
internal sealed class OktaListLinks
{
    public OktaLink? Next { get; set; }
}
