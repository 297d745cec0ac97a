using System;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Serpstat.RankTracker;

namespace SeRanking.Engine.Tests.Serpstat;

/// <summary>
/// Serpstat's rank-tracker reads (§12) against the emulator: rows read with their values, nested
/// histories as one readable cell, paging by page and pageSize, nothing charged, and what is
/// refused locally never sent.
/// </summary>
public class SerpstatRankTrackerTests(FastSerpstatFixture fixture) : IClassFixture<FastSerpstatFixture>
{
    private static SerpstatRankQuery Region(long project, long region) => new() { ProjectId = project, RegionId = region };

    [Fact]
    public async Task Projects_regions_and_status_are_read_and_free()
    {
        var (connection, account) = fixture.Connect();

        var projects = await SerpstatMachineryTests.ReadAsync(connection, SerpstatRankTrackerOperations.Projects, new SerpstatRankQuery(), RowWindow.Everything);
        var regions = await SerpstatMachineryTests.ReadAsync(connection, SerpstatRankTrackerOperations.Regions, new SerpstatRankQuery { ProjectId = 101 }, RowWindow.Everything);
        var status = await connection.GetAsync(SerpstatRankTrackerOperations.Status, Region(101, 12));

        Assert.Equal(["101", "250", "1200"], projects.Select(p => p.ProjectId));
        Assert.Equal(("Tracked 101", "tracked101.example.com", true, false), (projects[0].Name, projects[0].Domain, projects[0].TrackingEnabled, projects[2].TrackingEnabled));
        Assert.NotNull(projects[0].CreatedAt);
        Assert.Equal([11L, 12L], regions.Select(r => r.RegionId));
        Assert.All(regions, r => Assert.Equal((101L, "google", "US"), (r.ProjectId, r.SearchEngine, r.Country)));
        Assert.Equal((101L, 12L, true), (status.ProjectId, status.RegionId, status.Parsing));
        Assert.Null(status.AdditionalFields);
        Assert.Equal(100, FastSerpstatFixture.ParamsOf(fixture.RequestsOf(account)[0]).GetProperty("pageSize").GetInt32());
        Assert.Equal(0, account.UsedLines);
    }

    [Fact]
    public async Task A_history_pages_by_page_and_pageSize_and_reads_each_keywords_dates_as_one_cell()
    {
        var (connection, account) = fixture.Connect();

        var rows = await SerpstatMachineryTests.ReadAsync(connection, SerpstatRankTrackerOperations.UrlHistory, Region(1200, 11) with { SortBy = "keyword" }, RowWindow.Everything);

        Assert.Equal(1200, rows.Count);
        Assert.Equal(1200, rows.Select(r => r.Keyword).Distinct().Count());
        Assert.All(rows, r => Assert.Equal((1200L, 11L, "Urls", 3), (r.ProjectId, r.RegionId, r.Type, r.History!.Count)));
        Assert.Matches(@"^2026-10-31: \d+ https://tracked1200\.example\.com/page-0$", rows[0].History![0]);
        Assert.StartsWith("2026-10-29: ", rows[0].History![2], StringComparison.Ordinal);
        var pages = fixture.RequestsOf(account).Select(FastSerpstatFixture.ParamsOf).Select(p => (p.GetProperty("page").GetInt32(), p.GetProperty("pageSize").GetInt32(), p.GetProperty("projectRegionId").GetInt32())).ToList();
        Assert.Equal([(1, 500, 11), (2, 500, 11), (3, 500, 11)], pages);
    }

    [Fact]
    public async Task The_top_100_history_takes_keywords_tags_and_dates()
    {
        var (connection, account) = fixture.Connect();

        var rows = await SerpstatMachineryTests.ReadAsync(connection, SerpstatRankTrackerOperations.TopHistory,
            Region(250, 12) with { Keywords = ["camping tent", "hiking boots"], WithTags = true, From = new DateTime(2026, 9, 1), To = new DateTime(2026, 9, 2) }, RowWindow.Default);

        Assert.Equal(["camping tent", "hiking boots"], rows.Select(r => r.Keyword));
        Assert.Equal(["brand", "generic"], rows.Select(r => r.Tags!.ToString()));
        Assert.Equal(2, rows[0].History!.Count);
        Assert.Matches(@"^2026-09-02: \d+ https://result1\.example\.org/, \d+ https://result2\.example\.org/, \d+ https://result3\.example\.org/$", rows[0].History![0]);
        Assert.Equal("Top100", rows[1].Type);
        var sent = FastSerpstatFixture.ParamsOf(Assert.Single(fixture.RequestsOf(account)));
        Assert.Equal(("2026-09-01", "2026-09-02", "true"), (sent.GetProperty("dateFrom").GetString(), sent.GetProperty("dateTo").GetString(), sent.GetProperty("withTags").GetRawText()));
    }

    [Fact]
    public async Task Competitors_are_read_with_their_dated_figures_at_the_least_page_of_20()
    {
        var (connection, account) = fixture.Connect();

        var rows = await SerpstatMachineryTests.ReadAsync(connection, SerpstatRankTrackerOperations.Competitors, Region(250, 11) with { SortBy = "sum_traffic", SortRange = "top1" }, RowWindow.Take(5));
        var chosen = await SerpstatMachineryTests.ReadAsync(connection, SerpstatRankTrackerOperations.Competitors, Region(250, 11) with { Domains = ["rival.com", "other.com"] }, RowWindow.Default);

        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.Matches(@"^2026-10-31: sum_traffic=\d+, keywords_count=\d+$", r.History![0]));
        Assert.Equal(["rival.com", "other.com"], chosen.Select(r => r.Domain));
        var first = FastSerpstatFixture.ParamsOf(fixture.RequestsOf(account)[0]);
        Assert.Equal((20, "sum_traffic", "top1", "desc"), (first.GetProperty("pageSize").GetInt32(), first.GetProperty("sort").GetString(), first.GetProperty("sortRange").GetString(), first.GetProperty("order").GetString()));
    }

    [Fact]
    public async Task Bad_inputs_are_refused_locally_and_an_unknown_project_is_the_apis_refusal()
    {
        var (connection, account) = fixture.Connect();

        var refusals = new[]
        {
            await Assert.ThrowsAsync<InvalidInputException>(() => SerpstatMachineryTests.ReadAsync(connection, SerpstatRankTrackerOperations.UrlHistory, Region(0, 11), RowWindow.Default)),
            await Assert.ThrowsAsync<InvalidInputException>(() => SerpstatMachineryTests.ReadAsync(connection, SerpstatRankTrackerOperations.UrlHistory, new SerpstatRankQuery { ProjectId = 101 }, RowWindow.Default)),
            await Assert.ThrowsAsync<InvalidInputException>(() => SerpstatMachineryTests.ReadAsync(connection, SerpstatRankTrackerOperations.UrlHistory, Region(101, 11) with { From = new DateTime(2026, 10, 2), To = new DateTime(2026, 10, 1) }, RowWindow.Default)),
            await Assert.ThrowsAsync<InvalidInputException>(() => SerpstatMachineryTests.ReadAsync(connection, SerpstatRankTrackerOperations.TopHistory, Region(101, 11) with { Domain = "shop.example" }, RowWindow.Default)),
            await Assert.ThrowsAsync<InvalidInputException>(() => SerpstatMachineryTests.ReadAsync(connection, SerpstatRankTrackerOperations.UrlHistory, Region(101, 11) with { SortRange = "top1" }, RowWindow.Default)),
            await Assert.ThrowsAsync<InvalidInputException>(() => SerpstatMachineryTests.ReadAsync(connection, SerpstatRankTrackerOperations.Competitors, Region(101, 11) with { SortBy = "keyword" }, RowWindow.Default)),
        };
        var unknown = await Assert.ThrowsAsync<InvalidRequestException>(() => connection.GetAsync(SerpstatRankTrackerOperations.Status, Region(999, 11)));

        Assert.Equal(["ProjectId", "RegionId", "From", "Domain", "SortRange", "SortBy"], refusals.Select(r => r.ParamName));
        Assert.Contains("Project not found", unknown.ApiMessage, StringComparison.Ordinal);
        Assert.Single(fixture.RequestsOf(account));
    }

    [Fact]
    public void Every_rank_tracker_read_has_a_free_credit_row_and_is_found_by_name()
    {
        var operations = SerpstatRankTrackerOperations.AllOperations;

        Assert.Equal(6, operations.Select(o => o.RpcMethod).Distinct().Count());
        Assert.All(operations, o => Assert.True(o.Cost.IsFree, o.RpcMethod));
        Assert.All(operations, o => Assert.Same(o, OperationCatalog.FindMethod(ApiKind.Serpstat, o.RpcMethod!)));
    }
}
