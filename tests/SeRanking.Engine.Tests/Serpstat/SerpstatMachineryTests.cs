using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Serpstat;
using SeRanking.Engine.Serpstat.Domain;
using SeRanking.Engine.Serpstat.Keywords;
using SeRanking.Engine.Serpstat.Url;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Serpstat;

/// <summary>
/// What every Serpstat method shares, against the emulator: page and size inside params, the
/// 60,000-row ceiling, totals and left_lines from summary_info, "no data" as an empty result, the
/// errors of §3, and the second (SERP-crawling) base.
/// </summary>
public class SerpstatMachineryTests(FastSerpstatFixture fixture) : IClassFixture<FastSerpstatFixture>
{
    [Fact]
    public async Task Pages_are_asked_for_by_page_and_size_inside_params_and_stream_every_row_once()
    {
        var (connection, account) = fixture.Connect();
        var query = new SerpstatDomainQuery { Domain = "rows-2500.example.com", Database = "g_us" };

        var rows = await ReadAsync(connection, SerpstatDomainOperations.Keywords, query, RowWindow.Take(2500));

        Assert.Equal(2500, rows.Count);
        Assert.Equal(2500, rows.Select(r => r.Keyword).Distinct().Count());
        Assert.Equal("2500 keyword 1999", rows[1999].Keyword);
        Assert.All(rows, r => Assert.Equal(("rows-2500.example.com", "g_us"), (r.Target, r.Database)));
        var requests = fixture.RequestsOf(account);
        Assert.Equal(["SerpstatDomainProcedure.getDomainKeywords"], requests.Select(r => r.Path).Distinct());
        Assert.Equal([(1, 1000), (2, 1000), (3, 1000)], requests.Select(r => FastSerpstatFixture.ParamsOf(r)).Select(p => (p.GetProperty("page").GetInt32(), p.GetProperty("size").GetInt32())));
        Assert.Equal(2500, account.UsedLines);
        Assert.Equal(3000, SerpstatDomainOperations.Keywords.Forecast(RowWindow.Take(2500))!.Credits);
    }

    [Fact]
    public async Task Paging_stops_at_row_60000_and_warns_naming_the_export_method()
    {
        var (connection, account) = fixture.Connect();
        var trace = new RecordingTrace();
        var query = new SerpstatKeywordQuery { Keyword = "rows-61000 camping tent", Database = "g_us" };

        var count = 0;
        await foreach (var _ in connection.StreamAsync(SerpstatKeywordOperations.Phrase, query, RowWindow.Everything, null, trace))
        {
            count++;
        }

        Assert.Equal(60_000, count);
        Assert.Equal(60, fixture.RequestsOf(account).Count);
        Assert.Equal(60_000, account.UsedLines);
        var warning = Assert.Single(trace.OfKind(ApiTraceKind.Warning));
        Assert.Contains("stopped after row 60,000", warning.Message, StringComparison.Ordinal);
        Assert.Contains("61,000 rows", warning.Message, StringComparison.Ordinal);
        Assert.Contains("SerpstatKeywordProcedure.exportKeywordsPhrase", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_of_exactly_60000_rows_ends_without_a_warning_and_All_is_bounded_by_the_ceiling()
    {
        var (connection, _) = fixture.Connect();
        var trace = new RecordingTrace();

        var rows = await ReadAsync(connection, SerpstatDomainOperations.Keywords, new SerpstatDomainQuery { Domain = "rows-60000.example.com", Database = "g_de" }, RowWindow.Take(1000, skip: 59_000), trace);

        Assert.Equal(1000, rows.Count);
        Assert.Empty(trace.OfKind(ApiTraceKind.Warning));
        Assert.Equal(60_000, SerpstatDomainOperations.Keywords.Forecast(RowWindow.Everything)!.Credits);
        Assert.Throws<InvalidInputException>(() => SerpstatDomainOperations.Keywords.Forecast(RowWindow.Take(10, skip: 60_000)));
    }

    [Fact]
    public async Task The_total_and_the_lines_left_come_from_summary_info_into_the_cursor_the_connection_and_the_trace()
    {
        var (connection, account) = fixture.Connect(lines: 10_000);
        var trace = new RecordingTrace();
        using var cursor = connection.OpenCursor(SerpstatKeywordOperations.Suggestions, new SerpstatKeywordQuery { Keyword = "rows-321 tent", Database = "g_us" }, RowWindow.Take(5), null, trace, default);

        while (await cursor.MoveNextAsync())
        {
        }

        Assert.Equal(321, cursor.AnnouncedTotal);
        Assert.Equal(10_000 - 5, account.LeftLines);
        Assert.Equal(account.LeftLines, connection.CreditsLeft);
        var completed = Assert.Single(trace.OfKind(ApiTraceKind.Completed));
        Assert.Equal(9_995, completed.CreditsLeft);
        Assert.Contains("5 rows, 5 credits, 9,995 lines left", completed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_data_is_an_empty_result_billed_one_line_and_said_in_the_trace()
    {
        var (connection, account) = fixture.Connect();
        var trace = new RecordingTrace();

        var rows = await ReadAsync(connection, SerpstatDomainOperations.Keywords, new SerpstatDomainQuery { Domain = "empty-shop.com", Database = "g_us" }, RowWindow.Everything, trace);
        var http404 = await ReadAsync(connection, SerpstatDomainOperations.Keywords, new SerpstatDomainQuery { Domain = "error-404.example.com", Database = "g_us" }, RowWindow.Everything, trace);

        Assert.Empty(rows);
        Assert.Empty(http404);
        Assert.Equal(1, account.UsedLines);
        var said = trace.OfKind(ApiTraceKind.Completed).ToList();
        Assert.Contains("no data, an empty result (Data not found (32017)); billed 1 credit all the same", said[0].Message, StringComparison.Ordinal);
        Assert.Equal(1, said[0].Credits);

        // The HTTP 404 is reported as it came, then as the empty result it stands for.
        Assert.Contains("-> 404", said[1].Message, StringComparison.Ordinal);
        Assert.Contains("no data, an empty result (Data not found (404))", said[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_data_where_one_object_was_due_is_the_apis_own_answer()
    {
        var (connection, _) = fixture.Connect();

        var error = await Assert.ThrowsAsync<NoDataException>(() => connection.GetAsync(SerpstatUrlOperations.Traffic, new SerpstatDomainQuery { Domain = "empty-site.com", UrlContains = "/blog/", Database = "g_us" }));

        Assert.Equal("32017", error.ApiErrorCode);
        Assert.False(error.StopsTheCommand);
    }

    [Theory]
    [InlineData("error-32012.example.com", typeof(InsufficientFundsException), "lines")]
    [InlineData("error-32016.example.com", typeof(TargetTooLargeException), "sites this large")]
    [InlineData("huge-site.com", typeof(TargetTooLargeException), "sites this large")]
    [InlineData("error-32117.example.com", typeof(InvalidRequestException), "filter")]
    [InlineData("error-32116.example.com", typeof(InvalidRequestException), "does not support")]
    [InlineData("error-402.example.com", typeof(InsufficientFundsException), "lines")]
    [InlineData("error-403.example.com", typeof(LicenseExpiredException), "plan does not include")]
    [InlineData("error-500.example.com", typeof(ServerErrorException), "try again")]
    public async Task The_errors_of_section_3_become_the_modules_failures(string domain, Type expected, string advice)
    {
        var (connection, _) = fixture.Connect(tweak: o => o with { MaxRetries = 1 });

        var error = await Assert.ThrowsAnyAsync<ApiException>(() => ReadAsync(connection, SerpstatDomainOperations.Keywords, new SerpstatDomainQuery { Domain = domain, Database = "g_us" }, RowWindow.Default));

        Assert.IsType(expected, error);
        Assert.Contains(advice, error.Advice, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(domain, error.Target);
        Assert.Equal("POST SerpstatDomainProcedure.getDomainKeywords", error.Endpoint);
    }

    [Fact]
    public async Task A_wrong_database_and_a_page_past_the_ceiling_are_refused_by_the_api_with_advice_that_names_the_fix()
    {
        var (connection, _) = fixture.Connect();
        var calls = new SerpstatCalls(connection);

        var database = await Assert.ThrowsAsync<InvalidRequestException>(() => calls.InvokeAsync("SerpstatDomainProcedure.getDomainKeywords", Params(("domain", "example.com"), ("se", "g_gb"))));
        var ceiling = await Assert.ThrowsAsync<InvalidRequestException>(() => calls.InvokeAsync("SerpstatDomainProcedure.getDomainKeywords", Params(("domain", "example.com"), ("se", "g_us"), ("page", 61L), ("size", 1000L)), paged: false));

        Assert.Equal("32018", database.ApiErrorCode);
        Assert.Contains("g_uk, not g_gb", database.Advice, StringComparison.Ordinal);
        Assert.Equal(402, ceiling.StatusCode);
        Assert.Contains("export method", ceiling.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_is_refused_locally_is_never_sent_and_names_the_parameter_and_the_fix()
    {
        var (connection, account) = fixture.Connect();
        var minus = Enumerable.Range(0, 51).Select(i => "word" + i).ToArray();

        var refusals = new List<InvalidInputException>();
        foreach (var query in new[]
        {
            new SerpstatDomainQuery { Domain = "example.com", Database = "g_gb" },
            new SerpstatDomainQuery { Domain = "example.com", Database = "us" },
            new SerpstatDomainQuery { Domain = "example.com", Database = "g_us", MinusKeywords = minus },
            new SerpstatDomainQuery { Domain = "a.b", Database = "g_us" },
            new SerpstatDomainQuery { Domain = "example.com", Database = "g_us", Filter = new SerpstatFilter { PositionFrom = 0 } },
            new SerpstatDomainQuery { Domain = "example.com", Database = "g_us", Filter = new SerpstatFilter { CpcFrom = 5, CpcTo = 1 } },
            new SerpstatDomainQuery { Domain = "example.com", Database = "g_us", Filter = new SerpstatFilter { Raw = [new("links_external", 3L)] } },
            new SerpstatDomainQuery { Domain = "example.com", Database = "g_us", Filter = new SerpstatFilter { Raw = [new("traff", "lots")] } },
            new SerpstatDomainQuery { Domain = "example.com", Database = "g_us", SortBy = "weight" },
            new SerpstatDomainQuery { Domain = "example.com", Database = "g_us", AllTime = true },
            new SerpstatDomainQuery { Domain = "example.com", Database = "g_us", Filter = new SerpstatFilter { Intent = ["local"] } },
        })
        {
            refusals.Add(await Assert.ThrowsAsync<InvalidInputException>(() => ReadAsync(connection, SerpstatDomainOperations.Keywords, query, RowWindow.Default)));
        }

        refusals.Add(await Assert.ThrowsAsync<InvalidInputException>(() => ReadAsync(connection, SerpstatKeywordOperations.Phrase, new SerpstatKeywordQuery { Keyword = new string('k', 101), Database = "g_us" }, RowWindow.Default)));
        refusals.Add(await Assert.ThrowsAsync<InvalidInputException>(() => ReadAsync(connection, SerpstatDomainOperations.Intersection, new SerpstatDomainsQuery { Domains = ["one.com"], Database = "g_us" }, RowWindow.Default)));

        Assert.Empty(fixture.RequestsOf(account));
        Assert.Contains("Serpstat spells the United Kingdom g_uk, not g_gb", refusals[0].Message, StringComparison.Ordinal);
        Assert.Contains("g_us (United States)", refusals[1].Message, StringComparison.Ordinal);
        Assert.Equal("MinusKeywords", refusals[2].ParamName);
        Assert.Contains("4 to 253", refusals[3].Message, StringComparison.Ordinal);
        Assert.Contains("between 1 and 100", refusals[4].Message, StringComparison.Ordinal);
        Assert.Contains("smaller value first", refusals[5].Message, StringComparison.Ordinal);
        Assert.Contains("'links_external' (-Filter) is not a filter of SerpstatDomainProcedure.getDomainKeywords; it takes: cost, cost_from", refusals[6].Message, StringComparison.Ordinal);
        Assert.Contains("takes a whole number; got 'lots'", refusals[7].Message, StringComparison.Ordinal);
        Assert.Equal("SortBy", refusals[8].ParamName);
        Assert.Equal("-AllTime is not taken by SerpstatDomainProcedure.getDomainKeywords; leave it out.", refusals[9].Message);
        Assert.Contains("not a Serpstat search intent", refusals[10].Message, StringComparison.Ordinal);
        Assert.Contains("at most 100", refusals[11].Message, StringComparison.Ordinal);
        Assert.Contains("compares 2 to 3 domains; got 1", refusals[12].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_and_sort_are_written_as_the_method_names_them()
    {
        var (connection, account) = fixture.Connect();
        var query = new SerpstatDomainQuery
        {
            Domain = "shop.example",
            Database = "g_de",
            WithSubdomains = true,
            MinusKeywords = ["free", "cheap"],
            UrlContains = "/tents/",
            Filter = new SerpstatFilter { VolumeFrom = 100, PositionTo = 10, Intent = ["commercial", "T"], Contains = ["tent"], RightSpelling = true, Raw = [new("traff", 5L)] },
            SortBy = "region_queries_count",
        };

        _ = await ReadAsync(connection, SerpstatDomainOperations.Keywords, query, RowWindow.Take(10));

        var sent = FastSerpstatFixture.ParamsOf(Assert.Single(fixture.RequestsOf(account))).GetRawText();
        Assert.Equal(
            """{"domain":"shop.example","se":"g_de","withSubdomains":true,"minusKeywords":["free","cheap"],"filters":{"region_queries_count_from":100,"position_to":10,"intents_contain":["commercial","transactional"],"keyword_contain":"tent","right_spelling":true,"url_contains":"/tents/","traff":5},"sort":{"region_queries_count":"desc"},"page":1,"size":10}""",
            sent);
    }

    [Fact]
    public async Task Up_to_ten_domains_go_in_one_getDomainsInfo_call_and_each_input_gets_one_row_in_order()
    {
        var (connection, account) = fixture.Connect();
        var domains = Enumerable.Range(1, 21).Select(i => $"shop{i}.example").Append("empty-one.example").Append("shop3.example").ToArray();

        var results = await connection.BatchAsync(SerpstatDomainOperations.Summary, domains, batch => new SerpstatDomainsQuery { Domains = batch, Database = "g_uk" });

        Assert.Equal(domains, results.Select(r => r.Target));
        Assert.Equal(domains, results.Select(r => r.Value!.Domain));
        Assert.All(results, r => Assert.Equal("g_uk", r.Value!.Database));
        Assert.False(results[21].Value!.HasData);
        Assert.True(results[0].Value!.HasData && results[0].Value!.Keywords > 0);
        Assert.Equal([10, 10, 2], fixture.RequestsOf(account).Select(r => FastSerpstatFixture.ParamsOf(r).GetProperty("domains").GetArrayLength()));
        Assert.Equal(22 * 5, account.UsedLines);
        Assert.Equal(22 * 5, SerpstatDomainOperations.Summary.Forecast(22).Credits);
    }

    [Fact]
    public async Task A_thousand_keywords_go_in_one_getKeywordsInfo_call_and_one_without_data_gets_an_empty_row()
    {
        var (connection, account) = fixture.Connect();
        var keywords = Enumerable.Range(0, 1001).Select(i => $"tent {i}").Append("nodata-zz").ToArray();

        var results = await connection.BatchAsync(SerpstatKeywordOperations.Metrics, keywords, batch => new SerpstatKeywordsQuery { Keywords = batch, Database = "g_us", WithIntents = true });

        Assert.Equal(keywords, results.Select(r => r.Value!.Keyword));
        Assert.False(results[^1].Value!.HasData);
        Assert.All(results.Take(1001), r => Assert.True(r.Value!.HasData && r.Value.Volume > 0 && r.Value.Intents!.Count == 1));
        Assert.Equal("Metric", results[0].Value!.Type);
        Assert.Equal(2, fixture.RequestsOf(account).Count);
        Assert.Equal(1001, account.UsedLines);
    }

    [Fact]
    public async Task Rows_keyed_by_domain_or_database_take_their_key()
    {
        var (connection, _) = fixture.Connect();

        var competitors = await ReadAsync(connection, SerpstatKeywordOperations.Competitors, new SerpstatKeywordQuery { Keyword = "rows-4 tent", Database = "g_us" }, RowWindow.Default);
        var regions = await connection.ListAsync(SerpstatDomainOperations.RegionTraffic, new SerpstatDomainQuery { Domain = "rows-3.example.com" });

        Assert.Equal(["rival1-4.example.net", "rival2-4.example.net", "rival3-4.example.net", "rival4-4.example.net"], competitors.Select(c => c.Domain));
        Assert.All(competitors, c => Assert.Equal("rows-4 tent", c.CompetitorOf));
        Assert.Equal(["g_us", "g_uk", "g_de"], regions.Select(r => r.Database));
        Assert.All(regions, r => Assert.True(r.Traffic > 0 && r.Country is { Length: > 0 }));
    }

    [Fact]
    public async Task Any_method_is_called_by_name_its_rows_read_from_result_data()
    {
        var (connection, account) = fixture.Connect();
        var calls = new SerpstatCalls(connection);

        var stats = Assert.Single(await calls.InvokeAsync("SerpstatLimitsProcedure.getStats"));
        var keywords = await calls.InvokeAsync("SerpstatDomainProcedure.getDomainKeywords", Params(("domain", "rows-7.example.com"), ("se", "g_us")));
        var unknown = await Assert.ThrowsAsync<InvalidRequestException>(() => calls.InvokeAsync("NoSuchProcedure.nothing"));

        Assert.Contains(((IReadOnlyList<KeyValuePair<string, object?>>)stats.Value!), f => f.Key == "max_lines");
        Assert.Equal(7, keywords.Count);
        Assert.Equal("-32601", unknown.ApiErrorCode);
        Assert.Contains("case-sensitive", unknown.Advice, StringComparison.Ordinal);
        Assert.Equal(7, account.UsedLines);
    }

    [Fact]
    public async Task A_method_the_module_knows_pages_when_called_by_name_and_its_cost_is_the_catalogues()
    {
        var (connection, account) = fixture.Connect();
        var query = new RpcQuery { Method = "SerpstatKeywordProcedure.getKeywords", Params = Params(("keyword", "rows-1500 tent"), ("se", "g_us")) };
        var operation = RawOperations.ForRpc(ApiKind.Serpstat, query);

        var rows = await ReadAsync(connection, operation, query, RowWindow.Everything);

        Assert.Equal(1500, rows.Count);
        Assert.Equal(2, fixture.RequestsOf(account).Count);
        Assert.Equal("SerpstatKeywordProcedure.getKeywords", operation.CostRow);
        Assert.False(operation.Cost.IsUnknown);
        Assert.True(RawOperations.ForRpc(ApiKind.Serpstat, new RpcQuery { Method = "SerpstatNewProcedure.getThings" }).Cost.IsUnknown);
        Assert.Throws<InvalidInputException>(() => RawOperations.ForRpc(ApiKind.Serpstat, new RpcQuery { Method = "getStats" }));
    }

    [Fact]
    public void The_serp_crawling_methods_go_to_their_own_endpoint_which_a_given_base_url_replaces_too()
    {
        var real = ApiConnection.Create(SeRanking.Engine.Keys.SerpstatToken.Parse(new string('a', 32)));
        var (overridden, _) = fixture.Connect();

        Assert.Equal(new Uri("https://api.serpstat.com/v4"), real.BaseUri);
        Assert.Equal(new Uri("https://serpstat.com/rt/api/v2/"), real.SecondBaseUri);
        Assert.Equal(overridden.BaseUri, overridden.SecondBaseUri);
        Assert.True(RawOperations.ForRpc(ApiKind.Serpstat, new RpcQuery { Method = "tasks.getList" }).OnSecondBase);
        Assert.False(RawOperations.ForRpc(ApiKind.Serpstat, new RpcQuery { Method = "SerpstatLimitsProcedure.getStats" }).OnSecondBase);
    }

    internal static async Task<List<TRow>> ReadAsync<TQuery, TRow>(ApiConnection connection, Operation<TQuery, TRow> operation, TQuery query, RowWindow window, IApiTrace? trace = null)
        where TRow : class
    {
        var rows = new List<TRow>();
        await foreach (var row in connection.StreamAsync(operation, query, window, null, trace))
        {
            rows.Add(row);
        }

        return rows;
    }

    internal static List<KeyValuePair<string, object?>> Params(params (string Name, object? Value)[] values) =>
        values.Select(v => new KeyValuePair<string, object?>(v.Name, v.Value)).ToList();
}

/// <summary>The 1 request/s limit of Serpstat, against an emulator that enforces it (the default).</summary>
public class SerpstatRateTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Pages_keep_to_one_request_a_second_and_the_api_never_answers_429()
    {
        var account = fixture.Emulator.Accounts.AddSerpstat();
        var connection = Connect.Serpstat(fixture.Emulator, account, o => o with { RequestsPerWindow = null }).Connection;
        var clock = Stopwatch.StartNew();

        var rows = await SerpstatMachineryTests.ReadAsync(connection, SerpstatKeywordOperations.Phrase, new SerpstatKeywordQuery { Keyword = "rows-300 tent", Database = "g_us" }, RowWindow.Take(300));
        var more = await SerpstatMachineryTests.ReadAsync(connection, SerpstatDomainOperations.Urls, new SerpstatDomainQuery { Domain = "rows-150.example.com", Database = "g_us" }, RowWindow.Take(150));

        clock.Stop();
        var requests = fixture.Emulator.Requests.Snapshot().Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Token)).ToList();
        Assert.Equal(300 + 150, rows.Count + more.Count);
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal(200, r.StatusCode));
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.95), $"Two requests took {clock.Elapsed.TotalMilliseconds:N0} ms.");
        Assert.Equal(1, connection.RequestsPerWindow);
    }
}
