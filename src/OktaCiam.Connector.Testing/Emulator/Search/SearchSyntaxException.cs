namespace OktaCiam.Connector.Testing;

/// <summary>An expression Okta would refuse (400 E0000031); the message becomes the error cause.</summary>
internal sealed class SearchSyntaxException(string message) : Exception(message);
