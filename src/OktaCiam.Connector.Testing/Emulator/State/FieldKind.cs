namespace OktaCiam.Connector.Testing;

/// <summary>The JSON kind of a property value as search sees it.</summary>
internal enum FieldKind
{
    Missing,
    Null,
    String,
    Number,
    True,
    False,
    Array,
    Object,
}
