using System.Globalization;
using System.Text;
using CsCheck;

namespace OktaCiam.Connector.Tests;

/// <summary>
/// CsCheck generators of JSON text for list pages that try hard to fool the filter: escaped and unicode keys and values,
/// the attribute and the profile named twice or spelled with escapes, the attribute in the wrong places, values of every
/// kind, numbers of every form, huge strings, deep nesting, random whitespace and the odd non-record element.
/// </summary>
internal static class FilterGenerators
{
    private const string A = OktaFixtures.AttributeName;

    public static readonly Gen<string> Ws = Gen.Frequency(
        (12, Gen.Const(string.Empty)),
        (4, Gen.OneOf(" ", "\n", "\t", "\r\n    ", "  ", " \n\t ")));

    public static readonly Gen<string> Number = Gen.Frequency(
        (3, Gen.Long.Select(l => l.ToString(CultureInfo.InvariantCulture))),
        (2, Gen.Double.Where(double.IsFinite).Select(d => d.ToString("R", CultureInfo.InvariantCulture))),
        (2, Gen.OneOf("0", "-0", "0.0", "-0.0", "1e0", "1E+2", "1e-2", "-1.5E-300", "123456789012345678901234567890", "0.000000000000000000001", "1.7976931348623157e309", "1")),
        (1, Gen.Select(Gen.Int[-1000, 1000], Gen.Int[0, 9999], Gen.Int[-400, 400], Gen.OneOf("e", "E", "e+", "E-"), (i, f, e, s) => $"{i}.{f}{s}{Math.Abs(e)}")));

    public static readonly Gen<string> Literal = Gen.OneOf("true", "false", "null");

    private static readonly Gen<string> PlainText = Gen.Frequency(
        (6, Gen.OneOf("ACTIVE", "true", "false", "null", "isaac.brock@example.com", A, "profile", string.Empty, "Zoë Ö'Brien 😀", "日本語の名前", "\"quoted\"", "back\\slash", "tab\there", "line\nbreak", "\u0000\u001f")),
        (4, Gen.String[0, 24]),
        (1, Gen.Char['\uD800', '\uDFFF'].Array[1, 3].Select(c => new string(c))));

    /// <summary>A JSON string value (quoted), sometimes escaped at random, rarely huge.</summary>
    public static readonly Gen<string> StringValue = Gen.Frequency(
        (40, PlainText.SelectMany(Encode)),
        (1, Gen.Int[2_000, 120_000].Select(n => "\"" + new string('x', n) + "\"")));

    public static readonly Gen<string> Primitive = Gen.Frequency((5, StringValue), (3, Number), (2, Literal));

    private static readonly Gen<string> RawKey = Gen.Frequency(
        (12, Gen.OneOf("login", "email", "firstName", "lastName", "title", "department", "id", "status", "type", "name", "href", "value", "self", "credentials", "_links", "_embedded")),
        (1, Gen.OneOf(A, "profile")),
        (2, Gen.OneOf("Opal_okta_ciam_managed", A + " ", " " + A, A[..^1], A + "d", A + "\0", "Profile", "profile ", "profil", "PROFILE", "profile." + A)),
        (4, PlainText));

    /// <summary>A JSON property name (quoted) that may be, resemble or escape the attribute or <c>profile</c>.</summary>
    public static readonly Gen<string> Key = RawKey.SelectMany(Encode);

    /// <summary>Any JSON value, nested a few levels.</summary>
    public static readonly Gen<string> Value = Gen.Recursive<string>((depth, self) =>
        depth >= 3 ? Primitive : Gen.Frequency((6, Primitive), (1, ObjectOf(Member(Key, self))), (1, ArrayOf(self))));

    /// <summary>A value nested 40 to 70 levels deep, past System.Text.Json's limit of 64 in some pages.</summary>
    public static readonly Gen<string> Deep = Gen.Select(Gen.Int[40, 70], Gen.Bool, Primitive, (n, arrays, leaf) => arrays
        ? new string('[', n) + leaf + new string(']', n)
        : string.Concat(Enumerable.Repeat("{\"a\":", n)) + leaf + new string('}', n));

    public static readonly Gen<string> AttributeKey = Gen.Frequency((10, Gen.Const("\"" + A + "\"")), (3, Encode(A, force: true)));

    public static readonly Gen<string> AttributeValue = Gen.Frequency(
        (10, Gen.Const("true")),
        (2, Gen.OneOf("false", "null", "\"true\"", "1", "0", "{}", "[]", "[true]", "{\"x\":true}", "\"\"", "1.0", "true ")),
        (1, Value));

    public static readonly Gen<string> AttributeMember = Member(AttributeKey, AttributeValue);

    /// <summary>The attribute where it does not count: nested in an object or array inside the profile.</summary>
    public static readonly Gen<string> NestedAttribute = Gen.Select(Key, AttributeMember, Gen.Bool, (key, member, inArray) =>
        inArray ? $"{key}:[{{{member}}}]" : $"{key}:{{{member}}}");

    public static readonly Gen<string> ProfileObject = Gen.Select(
        Member(Key, Value).Array[0, 8],
        Gen.Frequency((2, Gen.Int[0, 0]), (12, Gen.Int[1, 1]), (1, Gen.Int[2, 3])).SelectMany(n => AttributeMember.Array[n, n]),
        Gen.Frequency((16, Gen.Const(Array.Empty<string>())), (3, NestedAttribute.Array[1, 2]), (1, Member(Key, Deep).Array[1, 1])),
        (others, attributes, nested) => (string[])[.. others, .. attributes, .. nested])
        .SelectMany(members => Gen.Shuffle(members))
        .SelectMany(members => ObjectText(members));

    public static readonly Gen<string> ProfileKey = Gen.Frequency((10, Gen.Const("\"profile\"")), (1, Encode("profile", force: true)));

    public static readonly Gen<string> ProfileValue = Gen.Frequency(
        (30, ProfileObject),
        (1, Primitive),
        (1, ProfileObject.Select(p => "[" + p + "]")));

    public static readonly Gen<string[]> OktaMembers = Gen.Select(Gen.Int[0, 99999], Gen.OneOf("ACTIVE", "DEPROVISIONED", "STAGED", "SUSPENDED"), (n, status) =>
        new[]
        {
            $"\"id\":\"00u{n:D5}oNGTSWTBKOL\"",
            $"\"status\":\"{status}\"",
            "\"created\":\"2013-06-24T16:39:18.000Z\"",
            "\"credentials\":{\"password\":{},\"provider\":{\"type\":\"OKTA\",\"name\":\"OKTA\"}}",
            $"\"_links\":{{\"self\":{{\"href\":\"https://example.okta.com/api/v1/users/00u{n:D5}\"}}}}",
        });

    /// <summary>The attribute or a whole profile where it does not count: at the top level or under <c>_embedded</c>.</summary>
    public static readonly Gen<string> MisplacedMember = Gen.OneOf(
        AttributeMember,
        ProfileObject.Select(p => "\"_embedded\":{\"profile\":" + p + "}"),
        ProfileObject.Select(p => "\"profiles\":[{\"profile\":" + p + "}]"));

    public static readonly Gen<string> Record = Gen.Select(
        Gen.Frequency((3, OktaMembers), (1, Gen.Const(Array.Empty<string>()))),
        Member(Key, Value).Array[0, 4],
        Gen.Frequency((1, Gen.Int[0, 0]), (25, Gen.Int[1, 1]), (1, Gen.Int[2, 2])).SelectMany(n => Member(ProfileKey, ProfileValue).Array[n, n]),
        Gen.Frequency((8, Gen.Const(Array.Empty<string>())), (1, MisplacedMember.Array[1, 2])),
        (okta, others, profiles, misplaced) => (string[])[.. okta, .. others, .. profiles, .. misplaced])
        .SelectMany(members => Gen.Shuffle(members))
        .SelectMany(members => ObjectText(members));

    /// <summary>An array element: nearly always a record, rarely something that makes the page invalid.</summary>
    public static readonly Gen<string> Element = Gen.Frequency((150, Record), (1, Primitive), (1, ArrayOf(Value)));

    /// <summary>A whole list page.</summary>
    public static readonly Gen<string> Page = Gen.Select(Ws, ArrayOf(Element, 0, 8), Ws, (before, array, after) => before + array + after);

    /// <summary>Quotes <paramref name="text"/> as JSON, escaping what must be and, at random, more.</summary>
    public static Gen<string> Encode(string text) => Encode(text, force: false);

    private static Gen<string> Encode(string text, bool force)
    {
        if (text.Length == 0)
        {
            return Gen.Const("\"\"");
        }

        var masks = force ? Gen.Int[0, 2].Array[text.Length].Where(m => m.Any(x => x < 2)) : Gen.Frequency((7, Gen.Const(new int[text.Length])), (3, Gen.Int[0, 9].Array[text.Length]));
        return masks.Select(mask =>
        {
            var builder = new StringBuilder(text.Length + 2).Append('"');
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var m = mask[i];
                if (force ? m < 2 : m is 1 or 2)
                {
                    builder.Append(m == 1 ? $"\\u{(int)c:X4}" : $"\\u{(int)c:x4}");
                }
                else if (c == '"')
                {
                    builder.Append("\\\"");
                }
                else if (c == '\\')
                {
                    builder.Append(m == 3 ? "\\u005C" : "\\\\");
                }
                else if (c < 0x20)
                {
                    builder.Append(c switch { '\n' => "\\n", '\t' => "\\t", '\r' => "\\r", '\b' => "\\b", '\f' => "\\f", _ => $"\\u{(int)c:x4}" });
                }
                else if (c == '/' && m == 4)
                {
                    builder.Append("\\/");
                }
                else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[++i]);
                }
                else if (char.IsSurrogate(c))
                {
                    // A lone surrogate can only be written as an escape: valid JSON that decodes to invalid UTF-16.
                    builder.Append($"\\u{(int)c:x4}");
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.Append('"').ToString();
        });
    }

    private static Gen<string> Member(Gen<string> key, Gen<string> value) =>
        Gen.Select(Ws, key, Ws, Ws, value, (w1, k, w2, w3, v) => w1 + k + w2 + ":" + w3 + v);

    private static Gen<string> ObjectOf(Gen<string> member) =>
        member.Array[0, 5].SelectMany(members => ObjectText(members));

    private static Gen<string> ObjectText(string[] members) =>
        Ws.Select(ws => "{" + string.Join(",", members) + ws + "}");

    private static Gen<string> ArrayOf(Gen<string> element, int min = 0, int max = 5) =>
        Gen.Select(Gen.Select(Ws, element, (w, e) => w + e).Array[min, max], Ws, (elements, ws) => "[" + string.Join(",", elements) + ws + "]");
}
