namespace OktaCiam.Connector.Testing.Tests.Emulator.Ids;

public sealed class OktaIdsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(123_456)]
    [InlineData(OktaIds.MaxPositions - 1)]
    public void User_AnyPosition_DecodesBack(int position)
    {
        var ids = new OktaIds(42);

        var id = ids.User(position);

        id.Should().MatchRegex("^00u[0-9A-Za-z]{17}$");
        ids.TryDecodeUser(id, out var decoded).Should().BeTrue();
        decoded.Should().Be(position);
    }

    [Fact]
    public void TryDecodeUser_ForeignOrAlteredIds_Fail()
    {
        var ids = new OktaIds(42);
        var id = ids.User(77);

        ids.TryDecodeUser("00ub0oNGTSWTBKOLGLNR", out _).Should().BeFalse();
        ids.TryDecodeUser(id[..^1] + (id[^1] == 'x' ? 'y' : 'x'), out _).Should().BeFalse();
        ids.TryDecodeUser(id[..5] + (id[5] == 'A' ? 'B' : 'A') + id[6..], out _).Should().BeFalse();
        new OktaIds(43).TryDecodeUser(id, out _).Should().BeFalse();
    }

    [Fact]
    public void Permute_IsABijectionOnTwentyFourBits()
    {
        var ids = new OktaIds(9);
        var seen = new HashSet<uint>();

        for (uint v = 0; v < 50_000; v++)
        {
            var p = ids.Permute(v);
            p.Should().BeLessThan(OktaIds.MaxPositions);
            ids.Unpermute(p).Should().Be(v);
            seen.Add(p).Should().BeTrue();
        }
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(5L)]
    [InlineData(16_000_000L)]
    public void Cursor_RoundTripsAndRejectsTampering(long position)
    {
        var ids = new OktaIds(1234);

        var cursor = ids.Cursor(position);

        cursor.Should().HaveLength(12);
        ids.TryDecodeCursor(cursor, out var decoded).Should().BeTrue();
        decoded.Should().Be(position);
        ids.TryDecodeCursor(cursor[..11] + (cursor[11] == '0' ? '1' : '0'), out _).Should().BeFalse();
        ids.TryDecodeCursor("short", out _).Should().BeFalse();
        ids.TryDecodeCursor(null, out _).Should().BeFalse();
    }

    [Fact]
    public void Cursor_NeighbouringPositions_LookUnrelated()
    {
        var ids = new OktaIds(1234);

        ids.Cursor(100)[..6].Should().NotBe(ids.Cursor(101)[..6]);
    }
}
