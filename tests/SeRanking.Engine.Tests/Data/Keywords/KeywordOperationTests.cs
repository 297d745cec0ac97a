using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Data.Keywords;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Data.Keywords;

/// <summary>The keyword-research operations (§5) against the emulator: rows, paging, credits and local refusals.</summary>
public class KeywordOperationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiEmulator Emulator => fixture.Emulator;

    [Fact]
    public async Task Metrics_come_one_row_per_keyword_in_input_order_from_one_multipart_call()
    {
        var account = Emulator.Accounts.AddData();
        string[] keywords = ["Camping Tent", "hiking boots", "nodata-qwxz", "omit-this one", "camping tent"];

        var results = await Connection(account).BatchAsync(KeywordOperations.Metrics, keywords, batch => new KeywordMetricsQuery { Keywords = batch, Source = "us" });

        // The emulator answers sorted by cpc and lower-cased: the rows are matched back to what was asked.
        Assert.Equal(keywords, results.Select(r => r.Target));
        Assert.Equal(["camping tent", "hiking boots", "nodata-qwxz", "omit-this one", "camping tent"], results.Select(r => r.Value!.Keyword));
        Assert.Equal([true, true, false, false, true], results.Select(r => r.Value!.IsDataFound));
        Assert.All(results, r => Assert.Equal("us", r.Value!.Source));
        Assert.True(results[0].Value!.Volume > 0 && results[0].Value!.Cpc > 0);
        Assert.Equal(0, results[2].Value!.Volume);
        Assert.Equal(12, results[1].Value!.HistoryTrend!.Count);

        var request = Assert.Single(RequestsOf(account));
        Assert.Equal(("POST", "v1/keywords/export", "source=us"), (request.Method, request.Path, request.QueryRedacted));
        Assert.Equal(5, CountOf(request.Body!, "name=\"keywords[]\""));
        Assert.Equal(100, account.CreditsSpent);
        Assert.Equal(100, KeywordOperations.Metrics.Forecast(5).Credits);
    }

    [Fact]
    public async Task More_than_five_thousand_distinct_keywords_take_a_call_per_five_thousand_at_100_credits_each()
    {
        var account = Emulator.Accounts.AddData();
        var keywords = Enumerable.Range(0, 5001).Select(i => $"keyword {i}").Append("keyword 7").ToArray();

        var results = await Connection(account).BatchAsync(KeywordOperations.Metrics, keywords, batch => new KeywordMetricsQuery { Keywords = batch, Source = "de" });

        Assert.Equal(keywords, results.Select(r => r.Value!.Keyword));
        Assert.Equal(2, RequestsOf(account).Count);
        Assert.Equal(200, account.CreditsSpent);
        Assert.Equal(200, KeywordOperations.Metrics.Forecast(5001).Credits);
    }

    [Fact]
    public async Task A_keyword_left_out_while_a_row_named_otherwise_came_is_an_error_not_a_keyword_without_data()
    {
        var account = Emulator.Accounts.AddData();

        var results = await Connection(account).BatchAsync(
            KeywordOperations.Metrics, ["renamed-tent", "omit-boots", "stove"], batch => new KeywordMetricsQuery { Keywords = batch, Source = "us" });

        // One row ("tent (renamed)") matches nothing sent: either missing keyword may be its, so neither is said to have no data.
        Assert.True(Assert.IsType<MissingRowException>(results[0].Error).RowsLeftOver);
        Assert.True(Assert.IsType<MissingRowException>(results[1].Error).RowsLeftOver);
        Assert.Equal("stove", results[2].Value!.Keyword);
    }

    [Fact]
    public async Task A_keyword_refused_locally_is_its_own_error_and_is_never_sent()
    {
        var account = Emulator.Accounts.AddData();

        var results = await Connection(account).BatchAsync(
            KeywordOperations.Metrics, ["tent", "  ", new string('x', 256), "line\nbreak", "boots"], batch => new KeywordMetricsQuery { Keywords = batch, Source = "us" });

        Assert.Equal([true, false, false, false, true], results.Select(r => r.IsSuccess));
        Assert.Contains("at most 255", results[2].Error!.Message, StringComparison.Ordinal);
        Assert.Contains("one keyword per value", results[3].Error!.Message, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(Assert.Single(RequestsOf(account)).Body!, "name=\"keywords[]\""));
    }

    [Fact]
    public async Task The_history_window_goes_as_whole_months_with_the_columns_and_the_rows_hold_those_months()
    {
        var account = Emulator.Accounts.AddData();
        var query = new KeywordMetricsQuery
        {
            Keywords = ["camping tent"],
            Source = "us",
            Column = ["volume"],
            HistoryFrom = new DateTime(2025, 1, 15),
            HistoryTo = new DateTime(2025, 3, 2),
        };

        var row = Assert.Single(await Connection(account).ListAsync(KeywordOperations.Metrics, query));

        var body = Assert.Single(RequestsOf(account)).Body!;
        Assert.Contains(Part("history_from", "2025-01-01"), body, StringComparison.Ordinal);
        Assert.Contains(Part("history_to", "2025-03-01"), body, StringComparison.Ordinal);
        Assert.Contains(Part("cols", "keyword,volume,history_trend"), body, StringComparison.Ordinal);
        Assert.Equal([new DateTime(2025, 1, 1), new DateTime(2025, 2, 1), new DateTime(2025, 3, 1)], row.HistoryTrend!.Select(m => m.Month!.Value));
        Assert.Matches(@"^2025-01: [\d,]+; 2025-02: [\d,]+; 2025-03: [\d,]+$", row.HistoryTrend!.ToString());
        Assert.Equal(0, row.Cpc);
    }

    [Fact]
    public async Task A_metrics_query_refused_locally_sends_nothing()
    {
        var account = Emulator.Accounts.AddData();
        var connection = Connection(account);
        var ok = new KeywordMetricsQuery { Keywords = ["tent"], Source = "us" };

        foreach (var refused in new[]
        {
            ok with { Source = "xx" },
            ok with { Source = "worldwide" },
            ok with { Keywords = [] },
            ok with { Keywords = Enumerable.Range(0, 5001).Select(i => $"k{i}").ToList() },
            ok with { Sort = "keyword_count" },
            ok with { SortOrder = "up" },
            ok with { Column = ["volume", "intents"] },
            ok with { HistoryFrom = new DateTime(2024, 1, 1), HistoryTo = new DateTime(2025, 1, 1) },
            ok with { HistoryFrom = new DateTime(2025, 5, 1), HistoryTo = new DateTime(2025, 4, 1) },
            ok with { HistoryTo = DateTime.UtcNow.AddMonths(3) },
        })
        {
            await Assert.ThrowsAnyAsync<ArgumentException>(() => connection.ListAsync(KeywordOperations.Metrics, refused));
        }

        Assert.Empty(RequestsOf(account));
        Assert.Equal(0, account.CreditsSpent);
    }

    [Fact]
    public async Task Ideas_page_by_offset_and_limit_and_each_page_is_billed_by_its_rows_as_forecast()
    {
        var account = Emulator.Accounts.AddData();
        var window = RowWindow.Take(2500);

        var rows = await ReadAsync(Connection(account), KeywordOperations.Similar, new KeywordIdeaQuery { Keyword = "rows-3000 camping tent", Source = "us" }, window);

        Assert.Equal(2500, rows.Count);
        Assert.Equal(2500, rows.Select(r => r.Keyword).Distinct().Count());
        Assert.Equal("rows-3000 camping tent", rows[0].Keyword);
        Assert.Equal("rows-3000 camping tent 2499", rows[^1].Keyword);
        Assert.All(rows, r => Assert.Equal(("rows-3000 camping tent", "Similar", "us"), (r.Seed, r.Type, r.Source)));
        var requests = RequestsOf(account);
        Assert.Equal(["offset=0&limit=1000", "offset=1000&limit=1000", "offset=2000&limit=500"], requests.Select(r => Paging(r.QueryRedacted)));
        Assert.Equal(25_000, account.CreditsSpent);
        Assert.Equal(25_000, KeywordOperations.Similar.Forecast(window)!.Credits);
    }

    [Fact]
    public async Task Every_idea_stops_at_the_total_the_api_announces()
    {
        var account = Emulator.Accounts.AddData();

        var rows = await ReadAsync(Connection(account), KeywordOperations.Questions, new KeywordIdeaQuery { Keyword = "rows-1200 tent", Source = "uk" }, RowWindow.Everything);

        Assert.Equal(1200, rows.Count);
        Assert.Equal(2, RequestsOf(account).Count);
        Assert.Equal(12_000, account.CreditsSpent);
        Assert.All(rows, r => Assert.Equal("Question", r.Type));
        Assert.Null(KeywordOperations.Questions.Forecast(RowWindow.Everything));
    }

    [Fact]
    public async Task Related_ideas_carry_relevance_and_history_when_asked_and_long_tail_ones_only_a_phrase()
    {
        var account = Emulator.Accounts.AddData();
        var connection = Connection(account);

        var related = await ReadAsync(connection, KeywordOperations.Related, new KeywordIdeaQuery { Keyword = "camping tent", Source = "us", HistoryTrend = true }, RowWindow.Take(3));
        var longtail = await ReadAsync(connection, KeywordOperations.Longtail, new KeywordIdeaQuery { Keyword = "camping tent", Source = "us" }, RowWindow.Take(3));

        Assert.Equal([10L, 9L, 8L], related.Select(r => r.Relevance!.Value));
        Assert.All(related, r => Assert.Equal(12, r.HistoryTrend!.Count));
        Assert.Contains("history_trend=true", RequestsOf(account)[0].QueryRedacted, StringComparison.Ordinal);
        Assert.Equal(["best camping tent for 0", "best camping tent for 1", "best camping tent for 2"], longtail.Select(r => r.Keyword));
        Assert.All(longtail, r => Assert.True(r.Volume is null && r.Cpc is null && r.HistoryTrend is null && r.Type == "Longtail"));
        Assert.Equal(60, account.CreditsSpent);
        Assert.Equal(60, KeywordOperations.Related.Forecast(RowWindow.Take(3))!.Credits + KeywordOperations.Longtail.Forecast(RowWindow.Take(3))!.Credits);
    }

    [Fact]
    public async Task Filters_go_under_the_apis_names_in_its_own_format()
    {
        var account = Emulator.Accounts.AddData();
        var query = new KeywordIdeaQuery
        {
            Keyword = "camping tent",
            Source = "us",
            Sort = "volume",
            SortOrder = "asc",
            VolumeFrom = 100,
            VolumeTo = 5000,
            DifficultyTo = 40,
            CompetitionFrom = 0.2,
            WordCountFrom = 2,
            CharacterCountTo = 30,
            CpcFrom = 0.5,
            SerpFeature = ["sge", "Local_Pack"],
            Intent = ["i", "C"],
            IncludeFilter = """[ [ {"type": "contains", "value": "2 person"} ] ]""",
        };

        _ = await ReadAsync(Connection(account), KeywordOperations.Similar, query, RowWindow.Take(5));

        var sent = Uri.UnescapeDataString(Assert.Single(RequestsOf(account)).QueryRedacted);
        foreach (var expected in new[]
        {
            "sort=volume", "sort_order=asc", "filter[volume][from]=100", "filter[volume][to]=5000", "filter[difficulty][to]=40",
            "filter[competition][from]=0.2", "filter[keyword_count][from]=2", "filter[characters_count][to]=30", "filter[cpc][from]=0.5",
            "filter[serp_features]=sge,local_pack", "filter[intents]=I,C", "filter[multi_keyword_included]=[[{\"type\":\"contains\",\"value\":\"2 person\"}]]",
        })
        {
            Assert.Contains(expected, sent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_idea_query_refused_locally_sends_nothing()
    {
        var account = Emulator.Accounts.AddData();
        var connection = Connection(account);
        var ok = new KeywordIdeaQuery { Keyword = "tent", Source = "us" };

        foreach (var (operation, refused) in new[]
        {
            (KeywordOperations.Longtail, ok with { HistoryTrend = true }),
            (KeywordOperations.Similar, ok with { Keyword = " " }),
            (KeywordOperations.Similar, ok with { Source = "gb-en" }),
            (KeywordOperations.Similar, ok with { DifficultyTo = 101 }),
            (KeywordOperations.Similar, ok with { CompetitionFrom = 0.9, CompetitionTo = 0.1 }),
            (KeywordOperations.Similar, ok with { VolumeFrom = 500, VolumeTo = 100 }),
            (KeywordOperations.Similar, ok with { SerpFeature = ["ai_overview_box"] }),
            (KeywordOperations.Similar, ok with { Intent = ["X"] }),
            (KeywordOperations.Similar, ok with { Sort = "relevance" }),
            (KeywordOperations.Similar, ok with { IncludeFilter = "seo, tools" }),
            (KeywordOperations.Similar, ok with { ExcludeFilter = """[[{"type":"starts","value":"x"}]]""" }),
            (KeywordOperations.Similar, ok with { ExcludeFilter = """[[{"type":"exact","value":""}]]""" }),
            (KeywordOperations.Related, ok with { IncludeFilter = """[{"type":"exact","value":"x"}]""" }),
        })
        {
            await Assert.ThrowsAnyAsync<ArgumentException>(() => ReadAsync(connection, operation, refused, RowWindow.Default));
        }

        Assert.Empty(RequestsOf(account));
        Assert.Equal(0, account.CreditsSpent);
    }

    [Fact]
    public void The_type_names_the_list()
    {
        Assert.Same(KeywordOperations.Questions, KeywordOperations.IdeasOf("question"));
        Assert.Same(KeywordOperations.Longtail, KeywordOperations.IdeasOf("Longtail"));
        Assert.Throws<InvalidInputException>(() => KeywordOperations.IdeasOf("suggested"));
    }

    [Fact]
    public void The_reference_samples_parse_through_the_operations()
    {
        var export = Samples.Rows(KeywordOperations.Metrics, Samples.Read("seranking-keywords-export"));
        var similar = Samples.Rows(KeywordOperations.Similar, Samples.Read("seranking-keywords-similar"));
        var related = Samples.Rows(KeywordOperations.Related, Samples.Read("seranking-keywords-related"));
        var longtail = Samples.Rows(KeywordOperations.Longtail, Samples.Read("seranking-keywords-longtail"));

        Assert.Equal(["camping tent", "qwxz tent zzz"], export.Select(r => r.Keyword));
        Assert.Equal((true, 74000L, 1.21, 0.88, 55L), (export[0].IsDataFound, export[0].Volume, export[0].Cpc, export[0].Competition, export[0].Difficulty));
        Assert.Equal("C; T", export[0].Intents!.ToString());
        Assert.Equal("2025-11: 60,500; 2025-12: 49,500; 2026-01: 74,000", export[0].HistoryTrend!.ToString());
        Assert.False(export[1].IsDataFound);
        Assert.Empty(export[1].HistoryTrend!);

        Assert.Equal(["camping tent", "camping tents for sale"], similar.Select(r => r.Keyword));
        Assert.Equal("images; people_also_ask; shopping_results; related_searches", similar[0].SerpFeatures!.ToString());
        Assert.Null(similar[0].HistoryTrend);
        Assert.Equal(6600, similar[1].Volume);

        Assert.Equal(8, Assert.Single(related).Relevance);
        Assert.Equal("2025-11: 4,400; 2025-12: 4,900; 2026-01: 5,400", related[0].HistoryTrend!.ToString());

        Assert.Equal(["2 person camping tent", "3 season camping tent", "camping tent with porch"], longtail.Select(r => r.Keyword));
        Assert.All(export, r => Assert.Null(r.AdditionalFields));
        Assert.All(similar.Concat(related).Concat(longtail), r => Assert.Null(r.AdditionalFields));
    }

    [Fact]
    public void Long_tail_phrases_sent_as_objects_are_read_as_ideas_too()
    {
        var rows = Samples.Rows(KeywordOperations.Longtail, """{"total": 2, "keywords": ["a tent", {"keyword": "b tent", "volume": 90}]}""");

        Assert.Equal(["a tent", "b tent"], rows.Select(r => r.Keyword));
        Assert.Equal(90, rows[1].Volume);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    private static string Part(string name, string value) => $"name=\"{name}\"\r\n\r\n{value}\r\n";

    private static string Paging(string query) =>
        string.Join("&", query.Split('&').Where(p => p.StartsWith("offset=", StringComparison.Ordinal) || p.StartsWith("limit=", StringComparison.Ordinal)));

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

    private ApiConnection Connection(DataAccount account) => ApiConnection.Create(DataApiKey.Parse(account.Key), Connect.Fast(Emulator.DataApiUrl));

    private List<LoggedRequest> RequestsOf(DataAccount account) =>
        Emulator.Requests.Snapshot().Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key) && r.Fault is null).ToList();
}
