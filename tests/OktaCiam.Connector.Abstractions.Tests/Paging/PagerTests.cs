using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Abstractions.Tests.Paging;

public class PagerTests
{
    [Fact]
    public async Task EnumerateAsync_MultiplePages_YieldsEveryItemInOrderAndPassesCursors()
    {
        var requests = new List<PageRequest>();
        var pages = new Dictionary<string, Page<int>>
        {
            [""] = Page.Create<int>([1, 2], "c1"),
            ["c1"] = Page.Create<int>([3], "c2"),
            ["c2"] = Page.Create<int>([4, 5]),
        };

        var items = await Pager.EnumerateAsync<int>((request, _) =>
        {
            requests.Add(request);
            return Task.FromResult(pages[request.Cursor ?? ""]);
        }, pageSize: 2).ToListAsync();

        items.Should().Equal(1, 2, 3, 4, 5);
        requests.Select(r => r.Cursor).Should().Equal(null, "c1", "c2");
        requests.Should().OnlyContain(r => r.PageSize == 2);
    }

    [Fact]
    public async Task EnumerateAsync_EmptyPagesBeforeTheLast_AreSkippedNotTreatedAsTheEnd()
    {
        var pages = new Dictionary<string, Page<string>>
        {
            [""] = Page.Create<string>([], "a"),
            ["a"] = Page.Create<string>([], "b"),
            ["b"] = Page.Create<string>(["x"], "c"),
            ["c"] = Page.Empty<string>(),
        };

        var items = await Pager.EnumerateAsync<string>((request, _) => Task.FromResult(pages[request.Cursor ?? ""])).ToListAsync();

        items.Should().Equal("x");
    }

    [Fact]
    public async Task EnumerateAsync_EmptyList_YieldsNothing()
    {
        var calls = 0;
        var items = await Pager.EnumerateAsync<int>((_, _) =>
        {
            calls++;
            return Task.FromResult(Page.Empty<int>());
        }).ToListAsync();

        items.Should().BeEmpty();
        calls.Should().Be(1);
    }

    [Fact]
    public async Task EnumerateAsync_CursorThatDoesNotAdvance_Throws()
    {
        var calls = 0;
        var act = async () => await Pager.EnumerateAsync<int>((_, _) =>
        {
            calls++;
            return Task.FromResult(Page.Create<int>([calls], "same"));
        }).ToListAsync();

        (await act.Should().ThrowAsync<ConnectorProtocolException>()).WithMessage("*cursor*already*");
        calls.Should().Be(2);
    }

    [Fact]
    public async Task EnumerateAsync_CursorCycleOverSeveralPages_Throws()
    {
        var pages = new Dictionary<string, Page<int>>
        {
            [""] = Page.Create<int>([1], "a"),
            ["a"] = Page.Create<int>([2], "b"),
            ["b"] = Page.Create<int>([3], "a"),
        };

        var act = async () => await Pager.EnumerateAsync<int>((request, _) => Task.FromResult(pages[request.Cursor ?? ""])).ToListAsync();

        await act.Should().ThrowAsync<ConnectorProtocolException>();
    }

    [Fact]
    public async Task EnumerateAsync_NullPage_ThrowsProtocolError()
    {
        var act = async () => await Pager.EnumerateAsync<int>((_, _) => Task.FromResult<Page<int>>(null!)).ToListAsync();

        await act.Should().ThrowAsync<ConnectorProtocolException>();
    }

    [Fact]
    public async Task EnumerateAsync_Cancelled_StopsBeforeTheNextPage()
    {
        using var cts = new CancellationTokenSource();
        var calls = 0;
        var seen = new List<int>();

        var act = async () =>
        {
            await foreach (var item in Pager.EnumerateAsync<int>((request, ct) =>
            {
                ct.ThrowIfCancellationRequested();
                calls++;
                return Task.FromResult(Page.Create<int>([calls], $"c{calls}"));
            }, cancellationToken: cts.Token))
            {
                seen.Add(item);
                if (item == 2)
                {
                    await cts.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().Equal(1, 2);
        calls.Should().Be(2);
    }

    [Fact]
    public async Task EnumeratePagesAsync_IsLazy_FetchesOnlyWhatIsConsumed()
    {
        var calls = 0;
        await foreach (var page in Pager.EnumeratePagesAsync<int>((_, _) =>
        {
            calls++;
            return Task.FromResult(Page.Create<int>([calls], $"c{calls}"));
        }))
        {
            page.Items.Should().ContainSingle();
            break;
        }

        calls.Should().Be(1);
    }

    [Fact]
    public void EnumerateAsync_NullFetcher_ThrowsEagerly()
    {
        var act = () => Pager.EnumerateAsync<int>(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
