using System.Runtime.CompilerServices;
using System.Text.Json;

namespace OktaCiam.Connector;

/// <summary>Compares the property name a reader is on with an ASCII name, after unescaping, without allocating or throwing.</summary>
internal static class JsonPropertyNames
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NameEquals(ref Utf8JsonReader reader, ReadOnlySpan<byte> name) =>
        reader.ValueIsEscaped ? EscapedNameEquals(ref reader, name) : reader.ValueSpan.SequenceEqual(name);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool EscapedNameEquals(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        try
        {
            return reader.ValueTextEquals(name);
        }
        catch (InvalidOperationException)
        {
            // An escape that decodes to invalid UTF-16 (a lone surrogate) cannot spell an ASCII name.
            return false;
        }
    }
}
