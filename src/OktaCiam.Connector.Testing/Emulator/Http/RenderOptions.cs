using System.Text;

namespace OktaCiam.Connector.Testing;

/// <summary>How to render objects for one request: the org URL in links and the <c>okta-response</c> omissions asked for.</summary>
internal sealed record RenderOptions(string Base, bool OmitCredentials, bool OmitCredentialsLinks)
{
    /// <summary>Gets <c>{Base}/api/v1/users/</c> as UTF-8, the start of most links in a user list.</summary>
    public byte[] UsersPrefix { get; } = Encoding.UTF8.GetBytes(Base + "/api/v1/users/");

    /// <summary>Gets <c>{Base}/api/v1/meta/</c> as UTF-8.</summary>
    public byte[] MetaPrefix { get; } = Encoding.UTF8.GetBytes(Base + "/api/v1/meta/");
}
