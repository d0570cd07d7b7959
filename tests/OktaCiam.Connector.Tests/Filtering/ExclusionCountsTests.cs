namespace OktaCiam.Connector.Tests;

public sealed class ExclusionCountsTests
{
    [Fact]
    public void Increment_CountsByReasonAndIgnoresNone()
    {
        var counts = default(ExclusionCounts);

        counts.Increment(ExclusionReason.AttributeFalse);
        counts.Increment(ExclusionReason.AttributeFalse);
        counts.Increment(ExclusionReason.ProfileMissing);
        counts.Increment(ExclusionReason.None);
        counts.Increment((ExclusionReason)999);

        counts[ExclusionReason.AttributeFalse].Should().Be(2);
        counts[ExclusionReason.ProfileMissing].Should().Be(1);
        counts[ExclusionReason.None].Should().Be(0);
        counts.Total.Should().Be(3);
    }

    [Fact]
    public void Add_MergesAnotherPage()
    {
        var first = default(ExclusionCounts);
        first.Increment(ExclusionReason.AttributeNull);
        var second = default(ExclusionCounts);
        second.Add(ExclusionReason.AttributeNull, 4);
        second.Increment(ExclusionReason.IdNotManaged);

        first.Add(second);

        first[ExclusionReason.AttributeNull].Should().Be(5);
        first[ExclusionReason.IdNotManaged].Should().Be(1);
        first.Total.Should().Be(6);
    }

    [Fact]
    public void ToDictionary_HoldsReasonNamesAndCountsOnly()
    {
        var counts = default(ExclusionCounts);
        counts.Add(ExclusionReason.AttributeMissing, 99_950);
        counts.Increment(ExclusionReason.ProfileInvalid);

        counts.ToDictionary().Should().Equal(new Dictionary<string, int> { ["AttributeMissing"] = 99_950, ["ProfileInvalid"] = 1 });
        counts.ToString().Should().Be("AttributeMissing=99950, ProfileInvalid=1");
    }

    [Fact]
    public void Equals_ComparesEveryCount()
    {
        var a = default(ExclusionCounts);
        var b = default(ExclusionCounts);
        a.Increment(ExclusionReason.AttributeFalse);

        (a == b).Should().BeFalse();
        b.Increment(ExclusionReason.AttributeFalse);
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }
}
