using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Data.AiSearch;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Data.AiSearch;

/// <summary>The AI search operations (§6) against the emulator: rows, paging, credits, retries and local refusals.</summary>
public class AiSearchOperationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiEmulator Emulator => fixture.Emulator;

    [Fact]
    public async Task An_engines_overview_gives_the_four_metrics_now_before_and_the_change_for_2000_credits()
    {
        var account = Emulator.Accounts.AddData();
        var query = new AiSearchOverviewQuery { Target = "example.com", Source = "us", Engine = "ChatGPT", Scope = "domain" };

        var overview = await Connection(account).GetAsync(AiSearchOperations.OverviewByEngine, query);

        Assert.Equal(("example.com", "us", "chatgpt", "domain"), (overview.Target, overview.Source, overview.Engine, overview.Scope));
        Assert.NotNull(overview.BrandPresence);
        Assert.Equal(overview.BrandPresence - overview.BrandPresencePrevious, overview.BrandPresenceChange);
        Assert.Equal(overview.LinkPresence - overview.LinkPresencePrevious, overview.LinkPresenceChange);
        Assert.NotNull(overview.AiOpportunityTraffic);
        Assert.InRange(overview.AveragePosition!.Value, 1, 9);
        Assert.Null(overview.AdditionalFields);
        var request = Assert.Single(RequestsOf(account));
        Assert.Equal("v1/ai-search/overview/by-engine/time-series", request.Path);
        Assert.Equal("target=example.com&source=us&engine=chatgpt&scope=domain", request.QueryRedacted);
        Assert.Equal(2000, account.CreditsSpent);
        Assert.Equal(2000, AiSearchOperations.OverviewByEngine.Forecast(1).Credits);
    }

    [Fact]
    public async Task The_aggregated_overview_names_no_engine_and_its_time_series_are_rows_per_stream_and_month()
    {
        var account = Emulator.Accounts.AddData();

        var overview = await Connection(account).GetAsync(AiSearchOperations.OverviewAggregated, new AiSearchOverviewQuery { Target = "example.com", Source = "de", Brand = "Example" });
        var points = overview.TimeSeries();

        Assert.Equal(("aggregated", "Example"), (overview.Engine, overview.Brand));
        Assert.Equal("target=example.com&source=de&brand=Example", Assert.Single(RequestsOf(account)).QueryRedacted);
        Assert.Equal(30, points.Count);
        Assert.Equal(["ai_traffic", "average_position", "link_presence", "organic_traffic", "overall_traffic"], points.Select(p => p.Stream).Distinct());
        Assert.All(points.GroupBy(p => p.Stream), stream => Assert.Equal(stream.Select(p => p.Date).Order(), stream.Select(p => p.Date)));
        Assert.All(points, p => Assert.Equal(("example.com", "de", "aggregated", "Example"), (p.Target, p.Source, p.Engine, p.Brand)));
        Assert.Equal(2000, account.CreditsSpent);
        Assert.Equal(2000, AiSearchOperations.OverviewAggregated.Forecast(RowWindow.Default)!.Credits);
    }

    [Fact]
    public void The_overview_sample_gives_its_metrics_and_points()
    {
        var overview = Samples.Row(AiSearchOperations.OverviewByEngine, "seranking-ai-search-overview");

        Assert.Equal((1840d, 1622d, 218d), (overview.BrandPresence!.Value, overview.BrandPresencePrevious!.Value, overview.BrandPresenceChange!.Value));
        Assert.Equal((15300d, 14100d, 1200d), (overview.AiOpportunityTraffic!.Value, overview.AiOpportunityTrafficPrevious!.Value, overview.AiOpportunityTrafficChange!.Value));
        Assert.Equal((3.4, 3.9, -0.5), (overview.AveragePosition!.Value, overview.AveragePositionPrevious!.Value, overview.AveragePositionChange!.Value));
        var points = overview.TimeSeries();
        Assert.Equal(15, points.Count);
        var organic = points.Where(p => p.Stream == "organic_traffic").ToList();
        Assert.Equal([59000d, 60100d, 61250d], organic.Select(p => p.Value!.Value));
        Assert.Equal(new DateTime(2025, 11, 1), organic[0].Date);
        Assert.Null(overview.AdditionalFields);
    }

    [Fact]
    public void Other_spellings_of_the_overview_are_read_and_what_is_not_understood_is_kept()
    {
        var overview = Samples.Rows(AiSearchOperations.OverviewAggregated, """
            {
              "brand": "Example",
              "summary": {
                "brand_mentions": {"value": 10, "previous_value": 4, "change_percent": 150},
                "link_presence": 7,
                "average_position": {"current": 2.5, "previous": 3.0, "change": -0.5},
                "share_of_voice": 12.5
              },
              "ai_opportunity_traffic": {"current": 900, "prev": 1000},
              "time_series": {"ai_traffic": {"2025-12-01": 5, "2025-11-01": 4}, "clicks": [{"month": "2025-11", "count": 3}]}
            }
            """).Single();

        Assert.Equal((10d, 4d, 6d), (overview.BrandPresence!.Value, overview.BrandPresencePrevious!.Value, overview.BrandPresenceChange!.Value));
        Assert.Equal((7d, null, null), (overview.LinkPresence!.Value, overview.LinkPresencePrevious, overview.LinkPresenceChange));
        Assert.Equal(-0.5, overview.AveragePositionChange);
        Assert.Equal((900d, 1000d, -100d), (overview.AiOpportunityTraffic!.Value, overview.AiOpportunityTrafficPrevious!.Value, overview.AiOpportunityTrafficChange!.Value));
        Assert.Equal("Example", overview.Brand);
        Assert.Equal(["summary.brand_mentions.change_percent", "summary.share_of_voice"], overview.AdditionalFields!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            [("ai_traffic", "2025-11-01", 4d), ("ai_traffic", "2025-12-01", 5d), ("clicks", "2025-11", 3d)],
            overview.TimeSeries().Select(p => (p.Stream, p.Label, p.Value!.Value)));
    }

    [Fact]
    public async Task A_leaderboard_sends_a_nested_body_and_gives_one_row_per_domain_and_engine_for_7500_credits()
    {
        var account = Emulator.Accounts.AddData();
        var query = new AiSearchLeaderboardQuery
        {
            Target = "https://www.example.com/",
            Brand = "Example",
            Competitor = ["rival.com", "other.net"],
            CompetitorBrand = ["Rival"],
            Engine = ["chatgpt", "perplexity", "chatgpt"],
            Source = "us",
        };

        var leaderboard = await Connection(account).GetAsync(AiSearchOperations.Leaderboard, query);
        var entries = leaderboard.Entries();

        using var body = JsonDocument.Parse(Assert.Single(RequestsOf(account)).Body!);
        Assert.Equal(
            """{"primary":{"target":"www.example.com","brand":"Example"},"competitors":[{"target":"rival.com","brand":"Rival"},{"target":"other.net"}],"source":"us","engines":["chatgpt","perplexity"]}""",
            body.RootElement.GetRawText());
        Assert.True(leaderboard.RowsFound);
        Assert.Equal(6, entries.Count);
        Assert.Equal(
            [("www.example.com", "chatgpt"), ("www.example.com", "perplexity"), ("rival.com", "chatgpt"), ("rival.com", "perplexity"), ("other.net", "chatgpt"), ("other.net", "perplexity")],
            entries.Select(e => (e.Domain, e.Engine)));
        Assert.Equal([true, true, false, false, false, false], entries.Select(e => e.IsPrimary!.Value));
        Assert.Equal(["Example", "Example", "Rival", "Rival", "Other", "Other"], entries.Select(e => e.Brand));
        Assert.All(entries.GroupBy(e => e.Engine), engine => Assert.Equal([1L, 2L, 3L], engine.Select(e => e.Rank!.Value).Order()));
        Assert.All(entries, e => Assert.True(e.ShareOfVoice > 0 && e.BrandPresence > 0 && e.LinkPresence > 0 && e.AdditionalFields is null));
        Assert.All(entries, e => Assert.Equal(("https://www.example.com/", "us"), (e.Target, e.Source)));
        Assert.Equal(7500, account.CreditsSpent);
        Assert.Equal(7500, AiSearchOperations.Leaderboard.Forecast(RowWindow.Default)!.Credits);
    }

    [Fact]
    public async Task A_leaderboard_cut_off_by_the_gateway_504_is_asked_again_and_billed_once()
    {
        var account = Emulator.Accounts.AddData();
        Emulator.Faults.Add(new Fault { Api = EmulatedApi.Data, PathContains = "leaderboard", Kind = FaultKind.Status, Status = 504, Count = 1 });
        var query = new AiSearchLeaderboardQuery { Target = "example.com", Competitor = ["rival.com"], Engine = ["chatgpt"], Source = "us" };

        var leaderboard = await Connection(account).GetAsync(AiSearchOperations.Leaderboard, query);

        Assert.Equal(2, leaderboard.Entries().Count);
        var sent = Emulator.Requests.Snapshot().Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key)).ToList();
        Assert.Equal([504, 200], sent.Select(r => r.StatusCode));
        Assert.Equal(7500, account.CreditsSpent);
        Assert.Equal(RequestSafety.Read, AiSearchOperations.Leaderboard.Safety);
    }

    [Theory]
    [InlineData("flat list", """{"leaderboard": [{"domain": "example.com", "engine": "chatgpt", "rank": 2, "sov": 30.5}, {"domain": "rival.com", "engine": "chatgpt", "rank": 1, "sov": 41, "visibility": 7}]}""")]
    [InlineData("engines, domains nested", """{"results": {"ChatGPT": [{"target": "example.com", "rank": 2, "share_of_voice": {"current": 30.5}}, {"target": "rival.com", "rank": 1, "share_of_voice": 41, "visibility": 7}]}}""")]
    [InlineData("domains, engines as rows", """[{"domain": "example.com", "engines": [{"engine": "chatgpt", "rank": 2, "sov": 30.5}]}, {"domain": "rival.com", "total_mentions": 99, "engines": [{"engine": "chatgpt", "rank": 1, "sov": 41, "visibility": 7}]}]""")]
    public void Leaderboards_of_other_shapes_give_the_same_rows(string shape, string json)
    {
        var leaderboard = Samples.Rows(AiSearchOperations.Leaderboard, json).Single();
        leaderboard.Target = "example.com";

        var entries = leaderboard.Entries();

        Assert.True(leaderboard.RowsFound, shape);
        Assert.Equal([("example.com", "chatgpt", 2L, 30.5, true), ("rival.com", "chatgpt", 1L, 41d, false)], entries.Select(e => (e.Domain, e.Engine, e.Rank!.Value, e.ShareOfVoice!.Value, e.IsPrimary!.Value)));
        Assert.Equal(7, entries[1].AdditionalFields!["visibility"].GetInt32());
    }

    [Fact]
    public void A_leaderboard_in_no_shape_understood_is_handed_over_whole()
    {
        var leaderboard = Samples.Rows(AiSearchOperations.Leaderboard, """{"status": "ok", "ranking": {"score": 3}}""").Single();
        leaderboard.Target = "example.com";

        var entry = Assert.Single(leaderboard.Entries());

        Assert.False(leaderboard.RowsFound);
        Assert.Equal(("example.com", "all"), (entry.Domain, entry.Engine));
        Assert.Equal(["ranking", "status"], entry.AdditionalFields!.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_leaderboard_refused_locally_sends_nothing()
    {
        var account = Emulator.Accounts.AddData();
        var connection = Connection(account);
        var ok = new AiSearchLeaderboardQuery { Target = "example.com", Competitor = ["rival.com"], Engine = ["chatgpt"], Source = "us" };

        foreach (var refused in new[]
        {
            ok with { Competitor = [] },
            ok with { Competitor = Enumerable.Range(0, 11).Select(i => $"rival{i}.com").ToList() },
            ok with { Competitor = ["rival.com", "www.rival.com"] },
            ok with { Competitor = ["https://example.com/"] },
            ok with { CompetitorBrand = ["A", "B"] },
            ok with { Engine = [] },
            ok with { Engine = ["bard"] },
            ok with { Scope = "url" },
            ok with { Target = "example.com/page" },
            ok with { Source = "zz" },
            ok with { Brand = " " },
        })
        {
            await Assert.ThrowsAnyAsync<ArgumentException>(() => connection.GetAsync(AiSearchOperations.Leaderboard, refused));
        }

        Assert.Empty(RequestsOf(account));
    }

    [Fact]
    public async Task The_brand_of_a_target_is_read_for_100_credits()
    {
        var account = Emulator.Accounts.AddData();

        var brand = await Connection(account).GetAsync(AiSearchOperations.DiscoverBrand, new AiSearchBrandQuery { Target = "example-shop.com", Source = "us", Scope = "base_domain" });

        Assert.Equal(("example-shop.com", "us", "base_domain", "Example Shop"), (brand.Target, brand.Source, brand.Scope, brand.Brand));
        Assert.Equal("target=example-shop.com&source=us&scope=base_domain", Assert.Single(RequestsOf(account)).QueryRedacted);
        Assert.Equal(100, account.CreditsSpent);
        Assert.Equal(100, AiSearchOperations.DiscoverBrand.Forecast(RowWindow.Default)!.Credits);
    }

    [Theory]
    [InlineData("\"Example\"", "Example", null)]
    [InlineData("""{"brand_name": "Example", "confidence": 0.9}""", "Example", null)]
    [InlineData("""{"data": {"brand": "Example"}}""", "Example", null)]
    [InlineData("""{"brands": ["Example", "Example Store"]}""", "Example", "Example; Example Store")]
    [InlineData("""{"brand": null}""", null, null)]
    public void The_brand_is_read_from_any_shape_it_may_come_in(string json, string? brand, string? brands)
    {
        var row = Samples.Rows(AiSearchOperations.DiscoverBrand, json).Single();

        Assert.Equal(brand, row.Brand);
        Assert.Equal(brands, row.Brands?.ToString());
    }

    [Fact]
    public async Task Prompts_of_a_target_page_by_offset_and_are_billed_200_each_as_forecast()
    {
        var account = Emulator.Accounts.AddData(credits: 10_000_000);
        var query = new AiSearchPromptQuery { Target = "rows-1500.example.com", Engine = "perplexity", Source = "us", Sort = "snippet_length" };

        var rows = await ReadAsync(Connection(account), AiSearchOperations.PromptsByTarget, query, RowWindow.Everything);

        Assert.Equal(1500, rows.Count);
        Assert.Equal(1500, rows.Select(r => r.Prompt).Distinct().Count());
        Assert.All(rows, r => Assert.Equal(("rows-1500.example.com", null, "perplexity", "us"), (r.Target, r.Brand, r.Engine, r.Source)));
        Assert.True(rows[0].Volume > 0 && rows[0].SnippetLength > 0 && rows[0].Type is "link" or "mention");
        Assert.Equal(2, RequestsOf(account).Count);
        Assert.Equal(300_000, account.CreditsSpent);
        Assert.Equal(300_000, AiSearchOperations.PromptsByTarget.Forecast(RowWindow.Take(1500))!.Credits);
        Assert.Null(AiSearchOperations.PromptsByTarget.Forecast(RowWindow.Everything));
    }

    [Fact]
    public async Task Without_first_twenty_prompts_are_asked_for_and_first_bounds_the_forecast()
    {
        var account = Emulator.Accounts.AddData();

        var rows = await ReadAsync(Connection(account), AiSearchOperations.PromptsByBrand, new AiSearchPromptQuery { Brand = "Example Shop", Engine = "chatgpt", Source = "us" }, RowWindow.Default);

        Assert.Equal(20, rows.Count);
        Assert.All(rows, r => Assert.Equal(("Example Shop", null, "mention"), (r.Brand, r.Target, r.Type)));
        Assert.Equal("brand=Example Shop&engine=chatgpt&source=us&offset=0&limit=20", Uri.UnescapeDataString(Assert.Single(RequestsOf(account)).QueryRedacted));
        Assert.Equal(4000, account.CreditsSpent);
        Assert.Equal(4000, AiSearchOperations.PromptsByBrand.Forecast(RowWindow.Default)!.Credits);
        Assert.Equal(10_000, AiSearchOperations.PromptsByBrand.Forecast(RowWindow.Take(50))!.Credits);
    }

    [Fact]
    public void The_prompts_sample_parses_through_the_operation()
    {
        var rows = Samples.Rows(AiSearchOperations.PromptsByTarget, Samples.Read("seranking-ai-search-prompts-by-target"));

        Assert.Equal(
            [("what is the best lightweight tent for two people", 1900L, "link"), ("where to buy camping gear online", 880L, "mention")],
            rows.Select(r => (r.Prompt, r.Volume!.Value, r.Type!)));
        Assert.All(rows, r => Assert.Null(r.AdditionalFields));
    }

    [Fact]
    public async Task A_prompt_or_overview_query_refused_locally_sends_nothing()
    {
        var account = Emulator.Accounts.AddData();
        var connection = Connection(account);
        var prompts = new AiSearchPromptQuery { Target = "example.com", Engine = "chatgpt", Source = "us" };
        var overview = new AiSearchOverviewQuery { Target = "example.com", Source = "us", Engine = "gemini" };

        foreach (var (operation, refused) in new[]
        {
            (AiSearchOperations.PromptsByTarget, prompts with { Engine = "bing" }),
            (AiSearchOperations.PromptsByTarget, prompts with { Brand = "Example" }),
            (AiSearchOperations.PromptsByBrand, prompts),
            (AiSearchOperations.PromptsByBrand, prompts with { Target = null, Brand = "Example", Scope = "domain" }),
            (AiSearchOperations.PromptsByTarget, prompts with { Scope = "page" }),
            (AiSearchOperations.PromptsByTarget, prompts with { Sort = "relevance" }),
            (AiSearchOperations.PromptsByTarget, prompts with { VolumeFrom = 10, VolumeTo = 5 }),
            (AiSearchOperations.PromptsByTarget, prompts with { IncludeFilter = "[]" }),
        })
        {
            await Assert.ThrowsAnyAsync<ArgumentException>(() => ReadAsync(connection, operation, refused, RowWindow.Default));
        }

        foreach (var (operation, refused) in new[]
        {
            (AiSearchOperations.OverviewByEngine, overview with { Engine = null }),
            (AiSearchOperations.OverviewAggregated, overview),
            (AiSearchOperations.OverviewByEngine, overview with { Scope = "subdomain" }),
            (AiSearchOperations.OverviewByEngine, overview with { Target = "https://example.com/pricing" }),
            (AiSearchOperations.OverviewByEngine, overview with { Source = "worldwide" }),
        })
        {
            await Assert.ThrowsAnyAsync<ArgumentException>(() => connection.GetAsync(operation, refused));
        }

        await Assert.ThrowsAnyAsync<ArgumentException>(() => connection.GetAsync(AiSearchOperations.DiscoverBrand, new AiSearchBrandQuery { Target = "not a domain", Source = "us" }));
        Assert.Empty(RequestsOf(account));
        Assert.Equal(0, account.CreditsSpent);
    }

    [Fact]
    public async Task A_page_url_is_taken_when_the_scope_is_url()
    {
        var account = Emulator.Accounts.AddData();

        var overview = await Connection(account).GetAsync(AiSearchOperations.OverviewByEngine, new AiSearchOverviewQuery { Target = "https://example.com/pricing", Source = "us", Engine = "gemini", Scope = "url" });

        Assert.Equal("https://example.com/pricing", overview.Target);
        Assert.Contains("scope=url", Assert.Single(RequestsOf(account)).QueryRedacted, StringComparison.Ordinal);
    }

    private static async Task<List<TRow>> ReadAsync<TQuery, TRow>(ApiConnection connection, Operation<TQuery, TRow> operation, TQuery query, RowWindow window)
        where TRow : class
    {
        var rows = new List<TRow>();
        await foreach (var row in connection.StreamAsync(operation, query, window))
        {
            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public async Task The_current_view_reads_the_summary_alone_for_2000_credits()
    {
        var account = Emulator.Accounts.AddData();

        var overview = await Connection(account).GetAsync(AiSearchOperations.CurrentAggregated, new AiSearchOverviewQuery { Target = "example.com", Source = "us" });

        Assert.Equal("aggregated", overview.Engine);
        Assert.NotNull(overview.BrandPresence);
        Assert.Empty(overview.TimeSeries());
        Assert.Equal("v1/ai-search/overview/aggregated/current", Assert.Single(RequestsOf(account)).Path);
        Assert.Equal(2000, account.CreditsSpent);
    }

    [Fact]
    public async Task A_current_path_the_api_does_not_know_is_read_from_its_time_series_path_and_not_asked_again()
    {
        var account = Emulator.Accounts.AddData();
        Emulator.Faults.Add(new Fault { Api = EmulatedApi.Data, PathContains = "overview/by-engine/current", Kind = FaultKind.Status, Status = 404, Count = 1 });
        var connection = Connection(account);
        var trace = new RecordingTrace();
        var query = new AiSearchOverviewQuery { Target = "example.com", Source = "us", Engine = "chatgpt" };

        var first = await connection.GetAsync(AiSearchOperations.CurrentByEngine, query, trace);
        var second = await connection.GetAsync(AiSearchOperations.CurrentByEngine, query with { Source = "de" });

        Assert.Equal(("chatgpt", "us"), (first.Engine, first.Source));
        Assert.Equal("de", second.Source);
        Assert.NotNull(first.BrandPresence);
        var paths = Emulator.Requests.Snapshot().Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key)).Select(r => (r.Path, r.StatusCode)).ToList();
        Assert.Equal(
            [("v1/ai-search/overview/by-engine/current", 404), ("v1/ai-search/overview/by-engine/time-series", 200), ("v1/ai-search/overview/by-engine/time-series", 200)],
            paths);
        Assert.Equal(2 * 2000, account.CreditsSpent);
        Assert.Contains(trace.Events, e => e.Message.Contains("no such path", StringComparison.Ordinal) && e.Message.Contains("time-series", StringComparison.Ordinal));
    }

    private ApiConnection Connection(DataAccount account) => ApiConnection.Create(DataApiKey.Parse(account.Key), Connect.Fast(Emulator.DataApiUrl));

    private List<LoggedRequest> RequestsOf(DataAccount account) =>
        Emulator.Requests.Snapshot().Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key) && r.Fault is null).ToList();
}
