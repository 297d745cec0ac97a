using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Serpstat;
using SeRanking.Engine.Serpstat.Domain;
using SeRanking.Engine.Serpstat.Keywords;
using SeRanking.Engine.Serpstat.Limits;
using SeRanking.Engine.Serpstat.Url;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Serpstat;

/// <summary>
/// Every phase-A Serpstat operation against the emulator: its rows read with their values and
/// context columns, and the lines Serpstat charged equal to what the catalogue's rule says for
/// those rows, within the forecast -WhatIf gives.
/// </summary>
public class SerpstatOperationTests(FastSerpstatFixture fixture) : IClassFixture<FastSerpstatFixture>
{
    private static SerpstatDomainQuery Domain(string domain, string? database = "g_us") => new() { Domain = domain, Database = database };

    private static SerpstatKeywordQuery Keyword(string keyword) => new() { Keyword = keyword, Database = "g_us" };

    [Fact]
    public async Task Domain_analysis_lists_read_their_rows_and_charge_a_line_a_row()
    {
        await CheckAsync(SerpstatDomainOperations.History, Domain("rows-20.example.com") with { AllTime = true, SortBy = "date" }, RowWindow.Default, 20,
            r => r.Domain == "rows-20.example.com" && r.Date is not null && r.Keywords > 0 && r.Database == "g_us");
        await CheckAsync(SerpstatDomainOperations.Keywords, Domain("rows-130.example.com") with { WithIntents = true }, RowWindow.Take(130), 130,
            r => r.Keyword.Length > 0 && r.Position is >= 1 and <= 100 && r.Volume > 0 && r.Intents!.Count == 1 && r.Url!.StartsWith("https://rows-130", StringComparison.Ordinal));
        await CheckAsync(SerpstatDomainOperations.Competitors, Domain("rows-40.example.com") with { MinusDomain = ["rival.example"] }, RowWindow.Take(40), 40,
            r => r.Domain.StartsWith("rival", StringComparison.Ordinal) && r.Common > 0 && r.Intersected > 0 && r.Visibility > 0 && r.CompetitorOf == "rows-40.example.com");
        await CheckAsync(SerpstatDomainOperations.CompetitorPages, Domain("rows-25.example.com"), RowWindow.Take(5), 5,
            r => r.Keywords > 0 && r.Common > 0 && r.CommonChange is not null && r.Visibility > 0 && r.Favicon!.EndsWith("favicon.ico", StringComparison.Ordinal) && r.AdditionalFields is null,
            charged: 10);
        await CheckAsync(SerpstatDomainOperations.AdKeywords, Domain("rows-90.example.com"), RowWindow.Take(30), 30,
            r => r.Keyword.Contains("ad keyword", StringComparison.Ordinal) && r.Title is { Length: > 0 } && r.Position is >= 1 and <= 4 && r.Query == "rows-90.example.com");
        await CheckAsync(SerpstatDomainOperations.AdCompetitors, Domain("rows-500.example.com"), RowWindow.Take(20), 20,
            r => r.Domain.StartsWith("rival", StringComparison.Ordinal) && r.Keywords > 0 && r.MissingKeywords > 0 && r.Intersected > 0, charged: 50);
        await CheckAsync(SerpstatDomainOperations.RegionKeywords, Domain("rows-5.example.com", null), RowWindow.Everything, 5,
            r => r.Database.StartsWith("g_", StringComparison.Ordinal) && r.Keywords > 0 && r.Country is { Length: > 0 } && r.GoogleDomain is { Length: > 0 });
        await CheckAsync(SerpstatDomainOperations.RegionTraffic, Domain("rows-4.example.com", null) with { SortBy = "traff", SortOrder = "asc" }, RowWindow.Everything, 4,
            r => r.Database.StartsWith("g_", StringComparison.Ordinal) && r.Traffic > 0 && r.Domain == "rows-4.example.com");
        await CheckAsync(SerpstatDomainOperations.Urls, Domain("rows-400.example.com") with { UrlPrefix = "https://rows-400.example.com/" }, RowWindow.Take(150), 150,
            r => r.Url.StartsWith("https://rows-400.example.com/page-", StringComparison.Ordinal) && r.Keywords > 0);
        await CheckAsync(SerpstatDomainOperations.TopUrls, Domain("rows-400.example.com") with { SortBy = "organic_keywords" }, RowWindow.Take(10), 10,
            r => r.Keywords > 0 && r.Traffic is not null && r.FacebookShares is not null && r.AdditionalFields is null);
        await CheckAsync(SerpstatDomainOperations.Intersection, new SerpstatDomainsQuery { Domains = ["rows-60.a-shop.com", "b-shop.com", "c-shop.com"], Database = "g_de" }, RowWindow.Take(60), 60,
            r => r.Domain1 == "rows-60.a-shop.com" && r.Domain3 == "c-shop.com" && r.Position2 > 0 && r.Volume > 0 && r.Database == "g_de");
        await CheckAsync(SerpstatDomainOperations.UniqueKeywords, new SerpstatDomainsQuery { Domains = ["rows-12.a-shop.com"], MinusDomain = "mine.example", Database = "g_us" }, RowWindow.Default, 12,
            r => r.Keyword.Length > 0 && r.Date is not null && r.AdditionalFields!.ContainsKey("rows-12.a-shop.com"));
    }

    [Fact]
    public async Task Domain_summaries_and_exports_charge_as_the_catalogue_says()
    {
        var (connection, account) = fixture.Connect();

        var summary = await connection.BatchAsync(SerpstatDomainOperations.Summary, ["a-shop.com", "b-shop.com"], batch => new SerpstatDomainsQuery { Domains = batch, Database = "g_us", Filter = new SerpstatFilter { TrafficFrom = 10 } });
        var export = await connection.GetAsync(SerpstatDomainOperations.ExportKeywords, Domain("rows-2500.example.com") with { Rows = 2000, PositionChange = "new" });

        Assert.Equal(["a-shop.com", "b-shop.com"], summary.Select(s => s.Value!.Domain));
        Assert.All(summary, s => Assert.True(s.Value!.Visibility > 0 && s.Value.PreviousDate is not null && s.Value.HasData));
        Assert.StartsWith("https://api.serpstat.com/export/", export.Url, StringComparison.Ordinal);
        Assert.Equal((2000L, "SerpstatDomainProcedure.exportPositions", "rows-2500.example.com", "g_us"), (export.Rows!.Value, export.Method, export.Query, export.Database));
        Assert.Equal(10 + 2000, account.UsedLines);
        Assert.Equal(2000, SerpstatDomainOperations.ExportKeywords.Forecast(SerpstatDomainOperations.ExportKeywords.UnitsOf!(Domain("x.example") with { Rows = 2000 })).Credits);
    }

    [Fact]
    public async Task Keyword_analysis_lists_read_their_rows_and_charge_as_the_catalogue_says()
    {
        await CheckAsync(SerpstatKeywordOperations.Phrase, Keyword("rows-250 tent") with { MinusKeywords = ["cheap"], WithIntents = true, Filter = new SerpstatFilter { VolumeFrom = 10, Contains = ["tent"] } }, RowWindow.Take(250), 250,
            r => r.Keyword.StartsWith("rows-250 tent", StringComparison.Ordinal) && r.Volume > 0 && r.Cost > 0 && r.Type == "Phrase" && r.Seed == "rows-250 tent" && r.Intents!.Count == 1);
        await CheckAsync(SerpstatKeywordOperations.Suggestions, Keyword("rows-30 tent") with { MinusKeywords = ["cheap"] }, RowWindow.Default, 30,
            r => r.Keyword.Contains("suggestion", StringComparison.Ordinal) && r.Type == "Suggestion" && r.Volume is null);
        await CheckAsync(SerpstatKeywordOperations.Related, Keyword("rows-120 tent") with { SortBy = "weight" }, RowWindow.Take(120), 120,
            r => r.Weight > 0 && r.Type == "Related" && r.SocialDomains is not null);
        await CheckAsync(SerpstatKeywordOperations.Top, Keyword("rows-30 tent") with { Filter = new SerpstatFilter { PositionTo = 50 }, Domain = ["result1.example.com"] }, RowWindow.Default, 30,
            r => r.Position is >= 1 and <= 30 && r.Url!.StartsWith("https://result", StringComparison.Ordinal) && r.Keyword == "rows-30 tent");
        await CheckAsync(SerpstatKeywordOperations.FullTop, Keyword("rows-20 tent") with { SortBy = "domain_sdr" }, RowWindow.Take(10), 10,
            r => r.UrlKeywords > 0 && r.DomainRank > 0 && r.DomainVisibility > 0 && r.DomainReferringDomains > 0);
        await CheckAsync(SerpstatKeywordOperations.Competitors, Keyword("rows-9 tent") with { MinusDomain = ["rival.example"] }, RowWindow.Take(9), 9,
            r => r.Domain.StartsWith("rival", StringComparison.Ordinal) && r.Relevance > 0 && r.CompetitorOf == "rows-9 tent");
        await CheckAsync(SerpstatKeywordOperations.AdKeywords, Keyword("rows-40 tent") with { Domains = ["ads-shop.com"] }, RowWindow.Take(40), 40,
            r => r.Domain == "ads-shop.com" && r.Keyword.StartsWith("rows-40 tent", StringComparison.Ordinal) && r.Text is { Length: > 0 });
        await CheckAsync(SerpstatKeywordOperations.AdCompetitors, Keyword("rows-60 tent"), RowWindow.Take(12), 12,
            r => r.Keywords > 0 && r.Common > 0 && r.Ads > 0 && r.AdditionalFields is null);
        await CheckAsync(SerpstatKeywordOperations.TopUrls, Keyword("rows-800 tent") with { SortBy = "traff" }, RowWindow.Take(250), 250,
            r => r.Keywords > 0 && r.Traffic is not null && r.FacebookShares is not null && r.Query == "rows-800 tent", charged: 1);
    }

    [Fact]
    public async Task Keyword_exports_charge_the_rows_they_export()
    {
        var (connection, account) = fixture.Connect();

        var suggestions = await connection.GetAsync(SerpstatKeywordOperations.ExportSuggestions, Keyword("rows-300 tent") with { WithQuestions = true });
        var phrase = await connection.GetAsync(SerpstatKeywordOperations.ExportPhrase, Keyword("rows-9000 tent") with { Rows = 5000, SortBy = "keyword" });

        Assert.Equal((300L, "SerpstatKeywordProcedure.exportSuggestions"), (suggestions.Rows!.Value, suggestions.Method));
        Assert.Equal(5000L, phrase.Rows);
        Assert.Equal(5300, account.UsedLines);
        Assert.Equal("size", Assert.Single(FastSerpstatFixture.ParamsOf(fixture.RequestsOf(account)[0]).EnumerateObject(), p => p.Name == "size").Name);
    }

    [Fact]
    public async Task Url_analysis_reads_its_rows_and_the_summary_costs_a_thousand_lines_a_figure()
    {
        await CheckAsync(SerpstatUrlOperations.Competitors, new SerpstatDomainQuery { Url = "https://rows-50.example.com/page", Database = "g_us" }, RowWindow.Take(50), 50,
            r => r.Url.StartsWith("https://rival", StringComparison.Ordinal) && r.CommonKeywords > 0 && r.CompetitorOf == "https://rows-50.example.com/page");
        await CheckAsync(SerpstatUrlOperations.Keywords, new SerpstatDomainQuery { Url = "https://rows-70.example.com/page", Database = "g_uk", WithIntents = true, Filter = new SerpstatFilter { DifficultyTo = 80 } }, RowWindow.Take(70), 70,
            r => r.Url == "https://rows-70.example.com/page" && r.FirstPosition is { Length: > 0 } && r.FirstUrl is { Length: > 0 } && r.Target == r.Url);
        await CheckAsync(SerpstatUrlOperations.MissingKeywords, new SerpstatDomainQuery { Url = "https://rows-66.example.com/page", Database = "g_us", MinusKeywords = ["free"], SortBy = "weight" }, RowWindow.Take(66), 66,
            r => r.Weight > 0 && r.Type == "Missing" && r.Seed == "https://rows-66.example.com/page");

        var (connection, account) = fixture.Connect();
        var both = await connection.GetAsync(SerpstatUrlOperations.Traffic, new SerpstatDomainQuery { Domain = "shop.example", UrlContains = "/blog/", Database = "g_us" });
        var one = await connection.GetAsync(SerpstatUrlOperations.Traffic, new SerpstatDomainQuery { Domain = "shop.example", UrlContains = "/blog/", Database = "g_us", Output = "keywords" });

        Assert.True(both.Urls > 0 && both.Traffic > 0 && both.Keywords > 0 && both.AdditionalFields is null);
        Assert.Equal(("shop.example", "/blog/", "g_us"), (both.Domain, both.UrlContains, both.Database));
        Assert.Null(one.Traffic);
        Assert.Equal(3000, account.UsedLines);
        Assert.Equal(2000, SerpstatUrlOperations.Traffic.Forecast(2).Credits);
        Assert.Equal(account.LeftLines, connection.CreditsLeft);
    }

    [Fact]
    public async Task The_three_limits_reads_are_free()
    {
        var (connection, account) = fixture.Connect(lines: 7_000);

        var lines = await connection.GetAsync(SerpstatLimitOperations.Stats, NoQuery.Value);
        var audit = await connection.GetAsync(SerpstatLimitOperations.AuditStats, NoQuery.Value);
        var extension = await connection.GetAsync(SerpstatLimitOperations.ExtensionStats, NoQuery.Value);

        Assert.Equal((7_000L, 7_000L), (lines.MaxLines, lines.LeftLines));
        Assert.Equal((100_000L, 97_650L, true), (audit.Total!.Value, audit.Left!.Value, audit.HasAuditOnePage));
        Assert.Equal((0L, 2000L, account.UserId), (extension.MaxLines, extension.PluginTotal!.Value, extension.UserId));
        Assert.Equal(0, account.UsedLines);
        Assert.All(SerpstatLimitOperations.AllOperations, o => Assert.True(o.Cost.IsFree));
    }

    [Fact]
    public void Every_phase_A_method_of_the_reference_has_an_operation_a_spec_and_a_credit_row()
    {
        var operations = SerpstatDomainOperations.AllOperations.Concat(SerpstatKeywordOperations.AllOperations).Concat(SerpstatUrlOperations.AllOperations).Concat(SerpstatLimitOperations.AllOperations).ToList();

        Assert.Equal(14 + 12 + 4 + 3, operations.Select(o => o.RpcMethod).Distinct().Count());
        Assert.All(operations, o => Assert.NotNull(SerpstatMethodSpec.Of(o.RpcMethod!)));
        Assert.All(operations, o => Assert.Equal(o.RpcMethod, o.CostRow));
        Assert.All(operations, o => Assert.Same(o, OperationCatalog.FindMethod(ApiKind.Serpstat, o.RpcMethod!)));
    }

    /// <summary>Reads an operation's rows with a fresh account and checks rows, values and lines charged.</summary>
    private async Task CheckAsync<TQuery, TRow>(Operation<TQuery, TRow> operation, TQuery query, RowWindow window, int expected, Func<TRow, bool> filled, long? charged = null)
        where TRow : class
    {
        var (connection, account) = fixture.Connect();

        var rows = await SerpstatMachineryTests.ReadAsync(connection, operation, query, window);

        Assert.True(rows.Count == expected, $"{operation}: {rows.Count} rows, {expected} expected.");
        Assert.All(rows, row => Assert.True(filled(row), $"{operation}: a row is not filled as expected."));
        var requests = fixture.RequestsOf(account);
        Assert.All(requests, r => Assert.Equal(operation.RpcMethod, r.Path));
        Assert.True(account.UsedLines == (charged ?? rows.Count), $"{operation}: {account.UsedLines} lines charged for {rows.Count} rows.");
        if (operation.Forecast(window, 1) is { } forecast)
        {
            // An upper bound for rows billed as they come; exact for what is billed per request.
            Assert.True(operation.Cost.BilledPerResult ? account.UsedLines <= forecast.Credits : account.UsedLines == forecast.Credits, $"{operation}: {account.UsedLines} lines charged, forecast {forecast}.");
        }
    }
}
