using System;
using System.Diagnostics;
using System.Threading.Tasks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Serpstat;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Serpstat;

/// <summary>The paging rules Serpstat brought to the planner (a least page size, a ceiling), and the limiter's re-stamp.</summary>
public class SerpstatPagingTests
{
    [Fact]
    public void Page_and_size_are_written_under_Serpstats_names()
    {
        var planner = new PagePlanner(SerpstatRpc.Pages(), RowWindow.Take(250, skip: 500));
        var writer = new RequestWriter(ParameterEncoding.JsonRpc, "SerpstatDomainProcedure.getDomainKeywords");

        planner.BeginPage();
        planner.WriteTo(writer);

        Assert.Equal(
            """{"id":"ID","method":"SerpstatDomainProcedure.getDomainKeywords","params":{"page":3,"size":250}}""",
            System.Text.RegularExpressions.Regex.Replace(System.Text.Encoding.UTF8.GetString(writer.RenderBody()!), "\"id\":\"[0-9]+\"", "\"id\":\"ID\""));
    }

    [Fact]
    public void A_skip_is_made_a_whole_number_of_pages_so_no_skipped_row_is_paid_for()
    {
        Assert.Equal((250L, 1L), PagePlanner.Estimate(SerpstatRpc.Pages(), RowWindow.Take(250, skip: 500)));
        Assert.Equal((996L, 1L), PagePlanner.Estimate(SerpstatRpc.Pages(), RowWindow.Take(996, skip: 996)));
        Assert.Equal((2100L, 3L), PagePlanner.Estimate(SerpstatRpc.Pages(), RowWindow.Take(2000, skip: 1500)));
        Assert.Equal((12L, 1L), PagePlanner.Estimate(SerpstatRpc.Pages(), RowWindow.Take(10, skip: 997)));
        Assert.Equal((59_000L, 59L), PagePlanner.Estimate(SerpstatRpc.Pages(), RowWindow.Everything with { Skip = 1000 }));

        // Billed per request, the skipped rows come on the first page: one call instead of two.
        Assert.Equal((510L, 1L), PagePlanner.Estimate(Paging.PageAndLimit(100, 1000) with { LimitName = "size" }, RowWindow.Take(10, skip: 500)));
    }

    [Fact]
    public void Fewer_rows_than_the_least_page_are_asked_for_at_that_size_and_forecast_so()
    {
        var paging = SerpstatRpc.Pages(100, 100, minSize: 50);
        var planner = new PagePlanner(paging, RowWindow.Take(5));

        planner.BeginPage();

        Assert.Equal(50, planner.RequestedRows);
        Assert.Equal(50, PagePlanner.Estimate(paging, RowWindow.Take(5)).Rows);
        Assert.Throws<ArgumentOutOfRangeException>(() => Paging.PageAndSize(100, 100) with { MinSize = 101 });
    }

    [Fact]
    public void The_planner_stops_at_the_ceiling_and_says_so_unless_the_list_ends_there()
    {
        var paging = SerpstatRpc.Pages(1000, 1000, export: "SerpstatX.export");
        var cut = new PagePlanner(paging, RowWindow.Everything);
        var whole = new PagePlanner(paging, RowWindow.Everything);

        for (var page = 1; page <= 60; page++)
        {
            cut.BeginPage();
            cut.EndPage(1000, null, 75_000);
            whole.BeginPage();
            whole.EndPage(1000, null, 60_000);
        }

        Assert.False(cut.HasPage);
        Assert.True(cut.StoppedAtCeiling);
        Assert.Contains("Use SerpstatX.export for the rest", cut.DescribeCeiling("POST X", 75_000), StringComparison.Ordinal);
        Assert.False(whole.HasPage);
        Assert.False(whole.StoppedAtCeiling);
        Assert.Equal((60_000L, 60L), PagePlanner.Estimate(paging, RowWindow.Everything) is var (rows, calls) ? (rows!.Value, calls!.Value) : default);
        Assert.Throws<InvalidInputException>(() => new PagePlanner(paging, RowWindow.Take(1, skip: 60_000)));
    }

    [Fact]
    public async Task A_request_that_left_late_moves_its_slot_so_the_next_waits_a_window_after_it_left()
    {
        var limiter = new RollingWindowRateLimiter(1, TimeSpan.FromMilliseconds(300), TimeSpan.Zero);
        var granted = await limiter.WaitTurnAsync(default);
        var sentLate = granted + (long)(0.2 * Stopwatch.Frequency);

        limiter.Restamp(granted, sentLate);
        var next = await limiter.WaitTurnAsync(default);

        Assert.True(next - sentLate >= (long)(0.29 * Stopwatch.Frequency), $"The next grant came {(next - sentLate) * 1000.0 / Stopwatch.Frequency:N0} ms after the first request left.");
        limiter.Restamp(next, next - 100);
        limiter.Restamp(12345, next + 5);
    }
}
