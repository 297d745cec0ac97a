using System.Collections.Generic;
using System.Linq;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;

namespace SeRanking.Engine.Tests.Operations;

/// <summary>What each paging style asks for, page after page, and when it stops.</summary>
public class PagePlannerTests
{
    private static readonly Paging Pages = Paging.PageAndLimit(100, 1000);
    private static readonly Paging Offsets = Paging.OffsetAndLimit(100, 1000);
    private static readonly Paging Cursors = Paging.Cursor(10_000, 100_000);
    private static readonly Paging LimitOnly = Paging.Limit(100, 10_000);

    [Fact]
    public void Without_first_or_all_one_page_of_the_apis_default_size_is_asked_for()
    {
        var requests = Walk(Pages, RowWindow.Default, totalRows: 5000);

        Assert.Equal(["page=1&limit=100"], requests);
    }

    [Fact]
    public void All_asks_for_the_largest_pages_until_a_short_one()
    {
        var requests = Walk(Pages, RowWindow.Everything, totalRows: 2500);

        Assert.Equal(["page=1&limit=1000", "page=2&limit=1000", "page=3&limit=1000"], requests);
    }

    [Fact]
    public void First_spans_pages_and_the_last_page_is_not_over_fetched_by_offset()
    {
        var requests = Walk(Offsets, RowWindow.Take(2500), totalRows: 100_000);

        Assert.Equal(["offset=0&limit=1000", "offset=1000&limit=1000", "offset=2000&limit=500"], requests);
    }

    [Fact]
    public void Skip_becomes_the_offset_where_the_api_takes_one()
    {
        var requests = Walk(Offsets, RowWindow.Take(50, skip: 120), totalRows: 1000);

        Assert.Equal(["offset=120&limit=50"], requests);
    }

    [Fact]
    public void Skip_on_numbered_pages_starts_at_the_right_page_and_leaves_out_the_rest_of_it()
    {
        var (requests, taken) = WalkWithRows(Pages, RowWindow.Take(100, skip: 2050), totalRows: 10_000);

        Assert.Equal(["page=3&limit=1000"], requests);
        Assert.Equal(100, taken.Count);
        Assert.Equal(2050, taken[0]);
    }

    [Fact]
    public void A_cursor_is_followed_until_the_api_gives_none()
    {
        var requests = Walk(Cursors, RowWindow.Everything, totalRows: 250_000);

        Assert.Equal(["limit=100000", "limit=100000&next=c100000", "limit=100000&next=c200000"], requests);
    }

    [Fact]
    public void Offset_paging_stops_at_the_total_the_api_announced_without_asking_for_an_empty_page()
    {
        var requests = Walk(Offsets, RowWindow.Everything, totalRows: 2000, announceTotal: true);

        Assert.Equal(["offset=0&limit=1000", "offset=1000&limit=1000"], requests);
    }

    [Fact]
    public void A_list_that_cannot_page_refuses_more_rows_than_one_call_gives()
    {
        var error = Assert.Throws<InvalidInputException>(() => new PagePlanner(LimitOnly, RowWindow.Take(10_001)));

        Assert.Equal("First", error.ParamName);
        Assert.Contains("10,000", error.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0L, 500L, 500L, 1L)]
    [InlineData(9_000L, 2_000L, 0L, 0L)]
    public void A_list_that_cannot_page_asks_for_skip_plus_first_in_one_call(long skip, long first, long rows, long calls)
    {
        if (skip + first > 10_000)
        {
            Assert.Throws<InvalidInputException>(() => PagePlanner.Estimate(LimitOnly, RowWindow.Take(first, skip)));
            return;
        }

        Assert.Equal((rows, calls), PagePlanner.Estimate(LimitOnly, RowWindow.Take(first, skip)));
    }

    [Fact]
    public void Estimates_bound_rows_and_calls_and_say_when_they_cannot()
    {
        Assert.Equal((2500L, 3L), PagePlanner.Estimate(Offsets, RowWindow.Take(2500)));
        Assert.Equal((3000L, 3L), PagePlanner.Estimate(Pages, RowWindow.Take(2500)));
        Assert.Equal((null, null), PagePlanner.Estimate(Cursors, RowWindow.Everything));
        Assert.Equal((null, 1L), PagePlanner.Estimate(Paging.None, RowWindow.Everything));
    }

    private static List<string> Walk(Paging paging, RowWindow window, long totalRows, bool announceTotal = false) =>
        WalkWithRows(paging, window, totalRows, announceTotal).Requests;

    /// <summary>Plays the planner against a list of <paramref name="totalRows"/> rows; returns the requests and the rows handed out.</summary>
    private static (List<string> Requests, List<long> Taken) WalkWithRows(Paging paging, RowWindow window, long totalRows, bool announceTotal = false)
    {
        var planner = new PagePlanner(paging, window);
        var requests = new List<string>();
        var taken = new List<long>();
        while (planner.HasPage && requests.Count < 50)
        {
            planner.BeginPage();
            var writer = new RequestWriter(ParameterEncoding.Query);
            planner.WriteTo(writer);
            var parameters = writer.QueryParameters.ToDictionary(p => p.Key, p => p.Value);
            requests.Add(string.Join("&", writer.QueryParameters.Select(p => p.Key + "=" + p.Value)));
            var first = paging.Style switch
            {
                PagingStyle.PageAndLimit => (long.Parse(parameters["page"], System.Globalization.CultureInfo.InvariantCulture) - 1) * long.Parse(parameters["limit"], System.Globalization.CultureInfo.InvariantCulture),
                PagingStyle.OffsetAndLimit => long.Parse(parameters["offset"], System.Globalization.CultureInfo.InvariantCulture),
                PagingStyle.Cursor => parameters.TryGetValue("next", out var cursor) ? long.Parse(cursor[1..], System.Globalization.CultureInfo.InvariantCulture) : 0,
                _ => 0,
            };
            var rows = (int)System.Math.Max(0, System.Math.Min(long.Parse(parameters["limit"], System.Globalization.CultureInfo.InvariantCulture), totalRows - first));
            for (var i = 0; i < rows; i++)
            {
                if (planner.Take())
                {
                    taken.Add(first + i);
                }
            }

            planner.EndPage(rows, first + rows < totalRows ? "c" + (first + rows) : null, announceTotal ? totalRows : null);
        }

        return (requests, taken);
    }
}
