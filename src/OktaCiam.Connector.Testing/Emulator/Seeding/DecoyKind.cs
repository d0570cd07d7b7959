namespace OktaCiam.Connector.Testing;

/// <summary>What a generated customer holds in the managed attribute: usually nothing, sometimes a value that is not the JSON boolean true.</summary>
internal enum DecoyKind
{
    Missing,
    False,
    Null,
    StringTrue,
    NumberOne,
    StringFalse,
    EmptyString,
}
