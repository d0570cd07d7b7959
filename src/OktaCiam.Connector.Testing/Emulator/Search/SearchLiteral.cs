namespace OktaCiam.Connector.Testing;

/// <summary>A literal on the right of a comparison: a quoted string, a number, <c>true</c>/<c>false</c> or <c>null</c>.</summary>
internal readonly record struct SearchLiteral(FieldKind Kind, string Text, double Number);
