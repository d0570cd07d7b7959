namespace OktaCiam.Connector.Tests.Reading;

public class OktaReadCursorTests
{
    private static readonly OktaCursorProtector Protector = new("00SecretApiTokenValue", "https://acme.okta.com/|opal_okta_ciam_managed");

    private static readonly OktaReadCursor Sample = new()
    {
        List = OktaReadList.Users,
        Phase = OktaReadPhase.Recent,
        Path = "/api/v1/users?filter=lastUpdated%20gt%20%222026-01-05T11%3A55%3A00.000Z%22&limit=200&after=00uCustomer123",
        Offset = 3,
        Walk = 42,
        Sequence = 7,
        Threshold = 1_767_613_500_000,
    };

    [Fact]
    public void Encode_ThenDecode_RoundTrips()
    {
        var text = Sample.Encode(Protector);

        OktaReadCursor.Decode(text, Protector, OktaReadList.Users).Should().Be(Sample);
    }

    [Fact]
    public void Encode_HidesOktasPath()
    {
        var text = Sample.Encode(Protector);
        var bytes = System.Buffers.Text.Base64Url.DecodeFromChars(text);

        System.Text.Encoding.UTF8.GetString(bytes).Should().NotContain("00uCustomer123").And.NotContain("/api/v1");
        Sample.ToString().Should().NotContain("00uCustomer123");
    }

    [Fact]
    public void Decode_EveryChangedCharacter_IsRejected()
    {
        var text = Sample.Encode(Protector);
        for (var i = 0; i < text.Length; i++)
        {
            var changed = text[..i] + (text[i] == 'A' ? 'B' : 'A') + text[(i + 1)..];

            var act = () => OktaReadCursor.Decode(changed, Protector, OktaReadList.Users);

            act.Should().Throw<ArgumentException>().WithMessage("*start the list again without a cursor*").And.ParamName.Should().Be("page");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("AAAA")]
    public void Decode_Garbage_IsRejected(string text)
    {
        var act = () => OktaReadCursor.Decode(text, Protector, OktaReadList.Users);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Decode_TruncatedOrForAnotherListOrScope_IsRejected()
    {
        var text = Sample.Encode(Protector);
        var scoped = (Sample with { List = OktaReadList.Members, Scope = "00gA" }).Encode(Protector);

        FluentActions.Invoking(() => OktaReadCursor.Decode(text[..^4], Protector, OktaReadList.Users)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => OktaReadCursor.Decode(text, Protector, OktaReadList.Groups)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => OktaReadCursor.Decode(scoped, Protector, OktaReadList.Members, "00gB")).Should().Throw<ArgumentException>();
        OktaReadCursor.Decode(scoped, Protector, OktaReadList.Members, "00gA").Scope.Should().Be("00gA");
    }

    [Fact]
    public void Decode_CursorOfAnotherCredentialOrOrg_IsRejected()
    {
        var text = Sample.Encode(Protector);
        var otherToken = new OktaCursorProtector("00AnotherToken", "https://acme.okta.com/|opal_okta_ciam_managed");
        var otherOrg = new OktaCursorProtector("00SecretApiTokenValue", "https://other.okta.com/|opal_okta_ciam_managed");

        FluentActions.Invoking(() => OktaReadCursor.Decode(text, otherToken, OktaReadList.Users)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => OktaReadCursor.Decode(text, otherOrg, OktaReadList.Users)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Decode_SameCredentialInAnotherInstance_IsAccepted()
    {
        var text = Sample.Encode(Protector);
        var replica = new OktaCursorProtector("00SecretApiTokenValue", "https://acme.okta.com/|opal_okta_ciam_managed");

        OktaReadCursor.Decode(text, replica, OktaReadList.Users).Should().Be(Sample);
    }
}
