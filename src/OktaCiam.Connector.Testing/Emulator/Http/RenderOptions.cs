namespace OktaCiam.Connector.Testing;

/// <summary>How to render objects for one request: the org URL in links and the <c>okta-response</c> omissions asked for.</summary>
internal sealed record RenderOptions(string Base, bool OmitCredentials, bool OmitCredentialsLinks);
