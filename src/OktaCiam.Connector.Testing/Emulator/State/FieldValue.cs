using System.Globalization;

namespace OktaCiam.Connector.Testing;

/// <summary>A property value read for search evaluation: primitives, arrays of them, or an opaque object.</summary>
internal readonly struct FieldValue
{
    private FieldValue(FieldKind kind, string? text = null, double number = 0, FieldValue[]? items = null)
    {
        Kind = kind;
        Text = text;
        Number = number;
        Items = items;
    }

    public static FieldValue Missing => default;

    public static FieldValue Null => new(FieldKind.Null);

    public static FieldValue Object => new(FieldKind.Object);

    public FieldKind Kind { get; }

    public string? Text { get; }

    public double Number { get; }

    public FieldValue[]? Items { get; }

    public static FieldValue Of(string? text) => text is null ? Null : new(FieldKind.String, text);

    public static FieldValue Of(double number, string? raw = null) =>
        new(FieldKind.Number, raw ?? number.ToString(CultureInfo.InvariantCulture), number);

    public static FieldValue Of(bool value) => new(value ? FieldKind.True : FieldKind.False, value ? "true" : "false");

    public static FieldValue Array(FieldValue[] items) => new(FieldKind.Array, items: items);

    /// <summary>A timestamp in Okta's format; 0 means the property is null.</summary>
    public static FieldValue Time(long unixMilliseconds) => unixMilliseconds == 0 ? Null : Of(OktaTime.Format(unixMilliseconds));
}
