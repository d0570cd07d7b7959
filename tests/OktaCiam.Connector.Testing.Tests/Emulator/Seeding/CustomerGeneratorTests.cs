using System.Buffers;
using System.Text.Json;

namespace OktaCiam.Connector.Testing.Tests.Emulator.Seeding;

public sealed class CustomerGeneratorTests
{
    [Fact]
    public void WriteProfile_SamePosition_IsDeterministicAndValidJson()
    {
        var sut = CreateSut();

        var first = sut.RenderProfile(4242);
        var second = CreateSut().RenderProfile(4242);

        first.Should().Equal(second);
        using var document = JsonDocument.Parse(first);
        document.RootElement.EnumerateObject().Count().Should().BeInRange(15, 30);
    }

    [Fact]
    public void Login_DecodesBackToItsPosition()
    {
        var sut = CreateSut();

        for (var position = 0; position < 2000; position += 37)
        {
            var login = sut.Login(position);
            sut.TryDecodeLogin(login, out var decoded).Should().BeTrue(login);
            decoded.Should().Be(position);
            sut.TryDecodeLogin(login.ToUpperInvariant(), out decoded).Should().BeTrue();
        }

        sut.TryDecodeLogin("someone@example.com", out _).Should().BeFalse();
        sut.TryDecodeLogin("maria.garcia123@example.com", out _).Should().BeFalse();
    }

    [Fact]
    public void GetField_AgreesWithTheRenderedProfile()
    {
        var sut = CreateSut();

        for (var position = 0; position < 300; position++)
        {
            using var document = JsonDocument.Parse(sut.RenderProfile(position));
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var field = sut.GetField(position, property.Name);
                if (property.Value.ValueKind == JsonValueKind.String)
                {
                    field.Text.Should().Be(property.Value.GetString());
                }
                else if (property.Value.ValueKind == JsonValueKind.Array)
                {
                    field.Items!.Select(i => i.Text).Should().Equal(property.Value.EnumerateArray().Select(e => e.GetString()));
                }
            }
        }
    }

    [Fact]
    public void Decoy_RatioAndOddTypes_ControlWhichCustomersCarryTheAttribute()
    {
        var none = new CustomerGenerator(new OktaIds(1), 1, 1_700_000_000_000, "flag", 0);
        var all = new CustomerGenerator(new OktaIds(1), 1, 1_700_000_000_000, "flag", 1);
        var odd = new CustomerGenerator(new OktaIds(1), 1, 1_700_000_000_000, "flag", 1, oddTypedDecoys: true);
        var some = new CustomerGenerator(new OktaIds(1), 1, 1_700_000_000_000, "flag", 0.1);

        Enumerable.Range(0, 1000).Should().OnlyContain(p => none.Decoy(p) == DecoyKind.Missing);
        Enumerable.Range(0, 1000).Should().OnlyContain(p => all.Decoy(p) != DecoyKind.Missing);
        Enumerable.Range(0, 10_000).Count(p => some.Decoy(p) != DecoyKind.Missing).Should().BeInRange(800, 1200);
        Enumerable.Range(0, 1000).Select(all.Decoy).Distinct().Should().BeEquivalentTo([DecoyKind.False, DecoyKind.Null]);
        Enumerable.Range(0, 1000).Select(odd.Decoy).Distinct().Should().HaveCount(6);
    }

    [Fact]
    public void State_Statuses_AreMostlyActiveWithEveryOktaStatusPresent()
    {
        var sut = CreateSut();

        var statuses = Enumerable.Range(0, 5000).Select(p => sut.State(p).Status).ToList();

        statuses.Count(s => s == "ACTIVE").Should().BeGreaterThan(4000);
        statuses.Distinct().Should().BeEquivalentTo(["ACTIVE", "PROVISIONED", "STAGED", "DEPROVISIONED", "SUSPENDED", "LOCKED_OUT", "PASSWORD_EXPIRED", "RECOVERY"]);
        Enumerable.Range(0, 500).Select(sut.State).Where(s => s.Status == "STAGED").Should().OnlyContain(s => s.Activated == 0 && s.LastLogin == 0);
    }

    [Fact]
    public void WriteProfile_IntoAWriter_MatchesRenderProfile()
    {
        var sut = CreateSut();
        var buffer = new ArrayBufferWriter<byte>();

        using (var writer = new Utf8JsonWriter(buffer, ProfileJson.WriterOptions))
        {
            sut.WriteProfile(writer, 99);
        }

        buffer.WrittenSpan.ToArray().Should().Equal(sut.RenderProfile(99));
    }

    private static CustomerGenerator CreateSut() => new(new OktaIds(77), 77, 1_700_000_000_000, "opal_okta_ciam_managed", 0.05);
}
