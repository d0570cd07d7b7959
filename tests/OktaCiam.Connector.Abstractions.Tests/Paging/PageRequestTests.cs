using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Abstractions.Tests.Paging;

public class PageRequestTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(PageRequest.MaxPageSize + 1)]
    public void PageSize_OutOfRange_Throws(int size)
    {
        var act = () => new PageRequest { PageSize = size };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage($"*between 1 and {PageRequest.MaxPageSize}*");
    }

    [Fact]
    public void WithCursor_KeepsPageSize()
    {
        var request = new PageRequest { PageSize = 50 }.WithCursor("next");

        request.Should().Be(new PageRequest { PageSize = 50, Cursor = "next" });
    }

    [Fact]
    public void Page_EmptyNextCursor_MeansLastPage()
    {
        Page.Create<int>([1], "").HasMore.Should().BeFalse();
        Page.Create<int>([1], "x").HasMore.Should().BeTrue();
    }
}
