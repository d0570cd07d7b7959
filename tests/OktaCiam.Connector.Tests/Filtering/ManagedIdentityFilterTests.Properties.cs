using System.Text;
using System.Text.Json;
using CsCheck;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Tests;

/// <summary>Property-based equivalence with <see cref="ReferenceFilter"/> over generated pages.</summary>
public sealed partial class ManagedIdentityFilterTests
{
    private const int Pages = 2_500;

    [Fact]
    public void FilterPage_GeneratedPages_AgreesExactlyWithTheReference()
    {
        var sut = CreateSut();

        Gen.Select(FilterGenerators.Page, Gen.Int).Sample((json, seed) => AssertAgreesWithReference(sut, Encoding.UTF8.GetBytes(json), seed), iter: Pages);
    }

    [Fact]
    public void FilterPage_TruncatedGeneratedPages_AlwaysThrow()
    {
        var sut = CreateSut();

        Gen.Select(FilterGenerators.Page, Gen.Double[0, 1], Gen.Int).Sample((json, at, seed) =>
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            var end = Array.LastIndexOf(bytes, (byte)']');
            var truncated = bytes[..(int)(at * end)];

            AssertThrowsEverywhere(sut, truncated, seed);
        }, iter: Pages / 2);
    }

    [Fact]
    public void FilterPage_CorruptedGeneratedPages_ThrowOrAgreeWithTheReference()
    {
        var sut = CreateSut();
        var noise = Gen.OneOf("{"u8.ToArray(), "}"u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(), ","u8.ToArray(), ":"u8.ToArray(), "\""u8.ToArray(), "\\"u8.ToArray(), " "u8.ToArray(), "t"u8.ToArray(), "0"u8.ToArray(), "-"u8.ToArray(), "e"u8.ToArray(), [0xFF], [0xC3], [0x00], "\"profile\":"u8.ToArray(), "\"opal_okta_ciam_managed\":true,"u8.ToArray());

        Gen.Select(FilterGenerators.Page, Gen.Int[0, 3], Gen.Double[0, 1], noise, Gen.Int).Sample((json, operation, at, bytesToAdd, seed) =>
        {
            var bytes = Encoding.UTF8.GetBytes(json).ToList();
            var index = Math.Min((int)(at * bytes.Count), bytes.Count - 1);
            switch (operation)
            {
                case 0:
                    bytes.RemoveAt(index);
                    break;
                case 1:
                    bytes.InsertRange(index, bytesToAdd);
                    break;
                case 2:
                    bytes[index] = bytesToAdd[0];
                    break;
                default:
                    bytes.RemoveRange(index, Math.Min(bytesToAdd.Length, bytes.Count - index));
                    break;
            }

            AssertAgreesWithReference(sut, [.. bytes], seed);
        }, iter: Pages);
    }

    private static void AssertAgreesWithReference(ManagedIdentityFilter sut, byte[] json, int seed)
    {
        List<(ExclusionReason Reason, string? RawJson)> expected;
        try
        {
            expected = ReferenceFilter.Evaluate(json, OktaFixtures.AttributeName);
        }
        catch (Exception exception) when (exception is JsonException or FormatException)
        {
            AssertThrowsEverywhere(sut, json, seed);
            return;
        }

        var expectedManaged = expected.Where(r => r.Reason == ExclusionReason.None).Select(r => r.RawJson).ToList();
        var expectedExcluded = default(ExclusionCounts);
        foreach (var (reason, _) in expected)
        {
            expectedExcluded.Increment(reason);
        }

        var page = sut.FilterPage(json, FilterTestJsonContext.Default.JsonElement);
        page.RecordCount.Should().Be(expected.Count);
        page.Excluded.Should().Be(expectedExcluded);
        page.Managed.Select(ReferenceFilter.RawHex).Should().Equal(expectedManaged);

        var decision = sut.DecidePage(json);
        decision.Should().Be(new PageDecision(expected.Count, expectedManaged.Count, expectedExcluded));

        var streamed = sut.FilterPageAsync(new ChunkedStream(json, seed, maxChunk: 1 + (seed & 0xFF)), FilterTestJsonContext.Default.JsonElement).AsTask().GetAwaiter().GetResult();
        streamed.RecordCount.Should().Be(expected.Count);
        streamed.Excluded.Should().Be(expectedExcluded);
        streamed.Managed.Select(ReferenceFilter.RawHex).Should().Equal(expectedManaged);
    }

    private static void AssertThrowsEverywhere(ManagedIdentityFilter sut, byte[] json, int seed)
    {
        var span = () => sut.FilterPage(json, FilterTestJsonContext.Default.JsonElement);
        var decide = () => sut.DecidePage(json);
        var stream = () => sut.FilterPageAsync(new ChunkedStream(json, seed, maxChunk: 1 + (seed & 0xFF)), FilterTestJsonContext.Default.JsonElement).AsTask().GetAwaiter().GetResult();

        span.Should().Throw<ConnectorProtocolException>();
        decide.Should().Throw<ConnectorProtocolException>();
        stream.Should().Throw<ConnectorProtocolException>();
    }
}
