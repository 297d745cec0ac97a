using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Data.Domain;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Data.Domain;

/// <summary>
/// The domain-analysis operations (§4) against the emulator: the rows each one reads, paging over
/// several pages, credits spent equal to the forecast, and queries refused before anything is sent.
/// </summary>
public class DomainOperationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiEmulator Emulator => fixture.Emulator;

    [Fact]
    public async Task Worldwide_overview_gives_the_totals_then_each_country_for_organic_and_then_paid()
    {
        var account = Emulator.Accounts.AddData();
        var query = new WorldwideOverviewQuery { Domain = "example.com", ByCountry = true, Currency = "eur", Field = ["keywords", "traffic", "positions_tops"] };

        var rows = await ReadAllAsync(account, DomainOperations.Worldwide, query, RowWindow.Everything);

        Assert.True(rows.Count >= 8, $"{rows.Count} rows");
        Assert.Equal(("organic", "worldwide", "Worldwide"), (rows[0].Type, rows[0].Source, rows[0].Country));
        var firstPaid = rows.FindIndex(r => r.Type == "adv");
        Assert.True(firstPaid > 1);
        Assert.Equal("worldwide", rows[firstPaid].Source);
        Assert.All(rows.Take(firstPaid), r => Assert.Equal("organic", r.Type));
        Assert.All(rows.Skip(firstPaid), r => Assert.Equal("adv", r.Type));
        Assert.All(rows, r => Assert.Equal(("example.com", "EUR"), (r.Domain, r.Currency)));
        Assert.All(rows, r => Assert.Null(r.TrafficCost));
        Assert.All(rows.Take(firstPaid), r => Assert.NotNull(r.Top1To5));
        Assert.All(rows.Skip(firstPaid), r => { Assert.NotNull(r.Top1To2); Assert.Null(r.Top1To5); });
        Assert.Null(rows[0].AdditionalFields);
        var sent = Parameters(Assert.Single(RequestsOf(account)));
        Assert.Equal("1", sent["show_zones_list"]);
        Assert.Equal("EUR", sent["currency"]);
        Assert.Equal("keywords,traffic,positions_tops", sent["fields"]);
        Assert.Equal("1", sent["with_subdomains"]);
        AssertCharged(account, DomainOperations.Worldwide.Forecast(RowWindow.Everything)!, 100);
    }

    [Fact]
    public async Task Worldwide_overview_of_a_page_needs_its_full_url_and_the_page_fields()
    {
        var account = Emulator.Accounts.AddData();

        var rows = await ReadAllAsync(account, DomainOperations.WorldwideUrl, new UrlWorldwideOverviewQuery { Url = "https://shop.example.com/tents/" }, RowWindow.Everything);

        Assert.Equal(["organic", "adv"], rows.Select(r => r.Type));
        Assert.All(rows, r => Assert.Equal(("https://shop.example.com/tents/", "shop.example.com", "worldwide"), (r.Url, r.Domain, r.Source)));
        Assert.All(rows, r => Assert.NotNull(r.Keywords));
        Assert.Equal(100, account.CreditsSpent);

        var other = Emulator.Accounts.AddData();
        await Assert.ThrowsAsync<InvalidTargetException>(() => ReadAllAsync(other, DomainOperations.WorldwideUrl, new UrlWorldwideOverviewQuery { Url = "shop.example.com/tents/" }, RowWindow.Everything));
        await Assert.ThrowsAsync<InvalidInputException>(() => ReadAllAsync(other, DomainOperations.WorldwideUrl, new UrlWorldwideOverviewQuery { Url = "https://shop.example.com/", Field = ["positions_diff"] }, RowWindow.Everything));
        await Assert.ThrowsAsync<InvalidInputException>(() => ReadAllAsync(other, DomainOperations.Worldwide, new WorldwideOverviewQuery { Domain = "example.com", Currency = "EURO" }, RowWindow.Everything));
        AssertNothingSent(other);
    }

    [Fact]
    public async Task History_is_one_row_per_month_up_to_this_month_and_a_page_sends_its_host_as_the_domain()
    {
        var account = Emulator.Accounts.AddData();
        var query = new DomainHistoryQuery { Url = "https://blog.example.com/post", Source = "de", Type = "adv", WithSubdomains = false };

        var rows = await ReadAllAsync(account, DomainOperations.History, query, RowWindow.Everything);

        Assert.InRange(rows.Count, 12, 68);
        var thisMonth = new DateTime(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1);
        Assert.Equal(thisMonth, rows[^1].Date);
        Assert.Equal(rows.Select(r => r.Date).OrderBy(d => d), rows.Select(r => r.Date));
        Assert.All(rows, r => Assert.Equal(("blog.example.com", "https://blog.example.com/post", "de", "adv"), (r.Domain, r.Url, r.Source, r.Type)));
        Assert.All(rows, r => { Assert.NotNull(r.Top1To2); Assert.Null(r.Top1To5); Assert.Equal(r.Date!.Value.Month, r.Month); });
        var sent = Parameters(Assert.Single(RequestsOf(account)));
        Assert.Equal(("blog.example.com", "https://blog.example.com/post", "0", "adv"), (sent["domain"], sent["url"], sent["with_subdomains"], sent["type"]));
        AssertCharged(account, DomainOperations.History.Forecast(RowWindow.Everything)!, 100);
    }

    [Fact]
    public async Task Domain_keywords_page_by_thousands_and_each_page_costs_100_credits_as_forecast()
    {
        var account = Emulator.Accounts.AddData();
        var window = RowWindow.Take(2500);

        var rows = await ReadAllAsync(account, DomainOperations.Keywords, new DomainKeywordQuery { Domain = "rows-2500.example.com", Source = "us" }, window);

        Assert.Equal(2500, rows.Count);
        Assert.Equal(2500, rows.Select(r => r.Keyword).Distinct().Count());
        Assert.Equal("rows 2500 keyword 0", rows[0].Keyword);
        Assert.Equal("rows 2500 keyword 2499", rows[^1].Keyword);
        Assert.All(rows, r => Assert.Equal(("rows-2500.example.com", "us", "organic"), (r.Domain, r.Source, r.Type)));
        var requests = RequestsOf(account);
        Assert.Equal(["1", "2", "3"], requests.Select(r => Parameters(r)["page"]));
        Assert.All(requests, r => Assert.Equal("1000", Parameters(r)["limit"]));
        AssertCharged(account, DomainOperations.Keywords.Forecast(window)!, 300);
    }

    [Fact]
    public async Task Every_domain_keyword_is_read_page_after_page_until_a_short_page()
    {
        var account = Emulator.Accounts.AddData();

        var rows = await ReadAllAsync(account, DomainOperations.Keywords, new DomainKeywordQuery { Domain = "rows-1500.example.com", Source = "uk" }, RowWindow.Everything);

        Assert.Equal(1500, rows.Count);
        Assert.Equal(2, RequestsOf(account).Count);
        Assert.Equal(200, account.CreditsSpent);
    }

    [Fact]
    public async Task Every_keyword_filter_is_sent_as_the_reference_spells_it()
    {
        var account = Emulator.Accounts.AddData();
        var query = new DomainKeywordQuery
        {
            Url = "https://example.com/blog/",
            Source = "us",
            Type = "organic",
            WithSubdomains = false,
            OrderBy = "volume",
            OrderType = "asc",
            Column = ["keyword", "position", "volume"],
            PositionChange = "new",
            Year = 2024,
            Month = 5,
            VolumeFrom = 100,
            VolumeTo = 5000,
            CompetitionTo = 0.5,
            PositionFrom = 1,
            PositionTo = 10,
            TrafficCostFrom = 1.5,
            Intent = ["informational", "C"],
            SerpFeature = ["sge", "local_pack"],
            LinkedInSerpFeature = "sge",
            KeywordContains = "tent",
            UrlFilter = ["/blog/"],
            IncludeKeyword = ["seo", "camping tent"],
            ExcludeKeyword = ["""[[{"type":"begins","value":"free"},{"type":"ends","value":"pdf"}]]"""],
        };

        var rows = await ReadAllAsync(account, DomainOperations.Keywords, query, RowWindow.Take(5));

        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.Equal(new DateTime(2024, 5, 1), r.Snapshot));
        var sent = Parameters(Assert.Single(RequestsOf(account)));
        Assert.Equal("example.com", sent["domain"]);
        Assert.Equal("https://example.com/blog/", sent["url"]);
        Assert.Equal("false", sent["with_subdomains"]);
        Assert.Equal(("volume", "asc", "new"), (sent["order_field"], sent["order_type"], sent["pos_change"]));
        Assert.Equal("keyword,position,volume", sent["cols"]);
        Assert.Equal(("2024", "5"), (sent["year"], sent["month"]));
        Assert.Equal(("100", "5000", "0.5"), (sent["filter[volume][from]"], sent["filter[volume][to]"], sent["filter[competition][to]"]));
        Assert.False(sent.ContainsKey("filter[competition][from]"));
        Assert.Equal(("1", "10", "1.5"), (sent["filter[position][from]"], sent["filter[position][to]"], sent["filter[price][from]"]));
        Assert.Equal("I,C", sent["filter[intents]"]);
        Assert.Equal("sge,local_pack", sent["filter[serp_features]"]);
        Assert.Equal(("with_link", "sge"), (sent["filter[serp_features_2][mode]"], sent["filter[serp_features_2][value][0]"]));
        Assert.Equal("tent", sent["filter[keyword]"]);
        Assert.Equal("""[[{"type":"contains","value":"/blog/"}]]""", sent["filter[url]"]);
        Assert.Equal("""[[{"type":"contains","value":"seo"}],[{"type":"contains","value":"camping tent"}]]""", sent["filter[multi_keyword_included]"]);
        Assert.Equal("""[[{"type":"begins","value":"free"},{"type":"ends","value":"pdf"}]]""", sent["filter[multi_keyword_excluded]"]);
    }

    [Fact]
    public async Task A_historical_snapshot_is_read_in_its_own_spelling()
    {
        var account = Emulator.Accounts.AddData();

        var rows = await ReadAllAsync(account, DomainOperations.Keywords, new DomainKeywordQuery { Domain = "example.com", Source = "us", Year = 2024, Month = 2 }, RowWindow.Take(10));

        Assert.Equal(10, rows.Count);
        Assert.All(rows, r => { Assert.NotNull(r.PreviousPosition); Assert.NotNull(r.Volume); Assert.NotNull(r.Traffic); Assert.Null(r.TotalSites); Assert.Null(r.AdditionalFields); });
        Assert.All(rows.SelectMany(r => r.Intents!), intent => Assert.Contains(intent, new[] { "I", "N", "T", "C", "L" }));
    }

    [Fact]
    public async Task A_keyword_query_the_reference_refuses_is_refused_before_anything_is_sent()
    {
        var account = Emulator.Accounts.AddData();
        var good = new DomainKeywordQuery { Domain = "example.com", Source = "us" };
        var refused = new DomainKeywordQuery[]
        {
            good with { Year = 2024 },
            good with { Year = 2024, Month = 13 },
            good with { Year = DateTime.UtcNow.Year + 1, Month = 12 },
            good with { Url = "https://example.com/page" },
            good with { Domain = null },
            good with { Domain = "https://example.com/page" },
            good with { Source = "xx" },
            good with { Source = "worldwide" },
            good with { Type = "paid" },
            good with { OrderBy = "kd" },
            good with { Column = ["keyword", "ranking"] },
            good with { CompetitionFrom = 2 },
            good with { VolumeFrom = 500, VolumeTo = 100 },
            good with { PositionFrom = 0 },
            good with { Intent = ["X"] },
            good with { SerpFeature = ["ai_overview_box"] },
            good with { LinkedInSerpFeature = "sge", NotLinkedInSerpFeature = "sge" },
            good with { KeywordContains = "  " },
            good with { IncludeKeyword = ["[[{\"type\":\"like\",\"value\":\"x\"}]]"] },
            good with { IncludeKeyword = ["[{\"type\":\"contains\",\"value\":\"x\"}]"] },
            good with { ExcludeKeyword = ["[[", "free"] },
        };

        foreach (var query in refused)
        {
            await Assert.ThrowsAnyAsync<ArgumentException>(() => ReadAllAsync(account, DomainOperations.Keywords, query, RowWindow.Default));
        }

        AssertNothingSent(account);
    }

    [Fact]
    public async Task Comparison_gives_common_keywords_or_with_Gap_those_the_second_domain_lacks()
    {
        var account = Emulator.Accounts.AddData();
        var common = new KeywordComparisonQuery { Domain = "rows-150.example.com", Compare = "rival.example", Source = "us" };

        var shared = await ReadAllAsync(account, DomainOperations.KeywordComparison, common, RowWindow.Everything);
        var gap = await ReadAllAsync(account, DomainOperations.KeywordComparison, common with { Gap = true, OrderBy = "volume", OrderType = "desc" }, RowWindow.Take(20));

        Assert.Equal(150, shared.Count);
        Assert.All(shared, r => { Assert.NotNull(r.ComparePosition); Assert.StartsWith("https://rival.example/", r.CompareUrl, StringComparison.Ordinal); Assert.False(r.Gap); });
        Assert.Equal(20, gap.Count);
        Assert.All(gap, r => { Assert.Null(r.ComparePosition); Assert.Null(r.CompareUrl); Assert.True(r.Gap); Assert.Equal("rival.example", r.Compare); });
        var requests = RequestsOf(account);
        Assert.False(Parameters(requests[0]).ContainsKey("diff"));
        Assert.Equal("1", Parameters(requests[1])["diff"]);
        Assert.Equal(200, account.CreditsSpent);
    }

    [Fact]
    public async Task Pages_are_compared_with_pages_and_domains_with_domains()
    {
        var account = Emulator.Accounts.AddData();

        var rows = await ReadAllAsync(account, DomainOperations.KeywordComparison, new KeywordComparisonQuery { Url = "https://example.com/a", Compare = "https://rival.example/b", Source = "us" }, RowWindow.Take(3));

        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal("example.com", r.Domain));

        var other = Emulator.Accounts.AddData();
        await Assert.ThrowsAsync<InvalidTargetException>(() => ReadAllAsync(other, DomainOperations.KeywordComparison, new KeywordComparisonQuery { Url = "https://example.com/a", Compare = "rival.example", Source = "us" }, RowWindow.Default));
        await Assert.ThrowsAsync<InvalidTargetException>(() => ReadAllAsync(other, DomainOperations.KeywordComparison, new KeywordComparisonQuery { Domain = "example.com", Compare = "https://rival.example/b", Source = "us" }, RowWindow.Default));
        AssertNothingSent(other);
    }

    [Fact]
    public async Task Pages_come_by_offset_in_pages_of_a_thousand_until_a_short_one()
    {
        var account = Emulator.Accounts.AddData();
        var query = new DomainBreakdownQuery { Domain = "rows-2300.example.com", Source = "us", OrderBy = "traffic_sum", TrafficFrom = 10 };

        var rows = await ReadAllAsync(account, DomainOperations.Pages, query, RowWindow.Everything);

        Assert.Equal(2300, rows.Count);
        Assert.Equal("https://rows-2300.example.com/", rows[0].Url);
        Assert.All(rows, r => Assert.Equal(("rows-2300.example.com", "us", "base_domain", "organic"), (r.RootDomain, r.Source, r.Scope, r.Type)));
        Assert.All(rows, r => { Assert.NotNull(r.Keywords); Assert.NotNull(r.TrafficPercent); });
        var requests = RequestsOf(account).Select(Parameters).ToList();
        Assert.Equal(["0", "1000", "2000"], requests.Select(p => p["offset"]));
        Assert.All(requests, p => Assert.Equal(("rows-2300.example.com", "base_domain", "traffic_sum", "10"), (p["target"], p["scope"], p["order_field"], p["filter[traffic_sum][from]"])));
        Assert.Equal(300, account.CreditsSpent);
    }

    [Fact]
    public async Task Subdomains_of_a_domain_are_listed_and_a_subdomain_has_none()
    {
        var account = Emulator.Accounts.AddData();

        var rows = await ReadAllAsync(account, DomainOperations.Subdomains, new DomainBreakdownQuery { Domain = "example.com", Source = "us", Scope = "domain" }, RowWindow.Take(5));
        var none = await ReadAllAsync(account, DomainOperations.Subdomains, new DomainBreakdownQuery { Domain = "blog.example.com", Source = "us" }, RowWindow.Default);

        Assert.Equal("www.example.com", rows[0].Domain);
        Assert.All(rows, r => Assert.EndsWith(".example.com", r.Domain, StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Equal(("example.com", "domain"), (r.RootDomain, r.Scope)));
        Assert.Empty(none);
        Assert.Equal(100, DomainOperations.Subdomains.Forecast(RowWindow.Take(5))!.Credits);
        Assert.Equal(2, RequestsOf(account).Count);
        Assert.Equal(200, account.CreditsSpent);
    }

    [Fact]
    public async Task Ads_of_a_domain_are_one_row_per_keyword_and_month_and_pages_count_keywords()
    {
        var account = Emulator.Accounts.AddData();
        var window = RowWindow.Take(150);

        var rows = await ReadAllAsync(account, DomainOperations.AdsByDomain, new PaidAdQuery { Domain = "rows-250.example.com", Source = "us" }, window);

        // Three months by default; every fifth keyword was not advertised in the first one.
        Assert.Equal(150, rows.Select(r => r.Keyword).Distinct().Count());
        Assert.Equal((150 * 3) - 30, rows.Count);
        var first = rows.Where(r => r.Keyword == rows[0].Keyword).ToList();
        Assert.Equal(3, first.Count);
        Assert.Equal(first.Select(r => r.Month).OrderBy(m => m), first.Select(r => r.Month));
        Assert.Equal(new DateTime(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1), first[^1].Month);
        Assert.All(rows, r => { Assert.NotNull(r.Position); Assert.NotNull(r.Title); Assert.Equal("rows-250.example.com", r.Domain); Assert.NotNull(r.Volume); });
        Assert.All(rows, r => Assert.Null(r.AdditionalFields));
        var requests = RequestsOf(account).Select(Parameters).ToList();
        Assert.Equal(["1", "2"], requests.Select(p => p["page"]));
        Assert.All(requests, p => Assert.Equal("100", p["limit"]));
        AssertCharged(account, DomainOperations.AdsByDomain.Forecast(window)!, 200);
    }

    [Fact]
    public async Task Advertisers_of_a_keyword_are_read_for_the_months_asked_for()
    {
        var account = Emulator.Accounts.AddData();
        var query = new PaidAdQuery { Keyword = "running shoes", Source = "de", From = new DateTime(2025, 1, 15), To = new DateTime(2025, 4, 1) };

        var rows = await ReadAllAsync(account, DomainOperations.AdsByKeyword, query, RowWindow.Default);

        Assert.NotEmpty(rows);
        Assert.All(rows, r => { Assert.Equal("running shoes", r.Keyword); Assert.Equal("de", r.Source); Assert.EndsWith(".example", r.Domain, StringComparison.Ordinal); });
        Assert.All(rows, r => Assert.InRange(r.Month!.Value, new DateTime(2025, 1, 1), new DateTime(2025, 4, 1)));
        Assert.Contains(rows, r => r.Month == new DateTime(2025, 4, 1));
        var sent = Parameters(Assert.Single(RequestsOf(account)));
        Assert.Equal(("running shoes", "2025-01", "2025-04"), (sent["keyword"], sent["from"], sent["to"]));
        Assert.False(sent.ContainsKey("domain"));
        Assert.Equal(100, account.CreditsSpent);
    }

    [Fact]
    public async Task An_ads_query_the_reference_refuses_is_refused_before_anything_is_sent()
    {
        var account = Emulator.Accounts.AddData();
        var domain = new PaidAdQuery { Domain = "example.com", Source = "us" };

        await Assert.ThrowsAsync<InvalidInputException>(() => ReadAllAsync(account, DomainOperations.AdsByDomain, domain with { Keyword = "shoes" }, RowWindow.Default));
        await Assert.ThrowsAsync<InvalidInputException>(() => ReadAllAsync(account, DomainOperations.AdsByKeyword, domain, RowWindow.Default));
        await Assert.ThrowsAsync<InvalidInputException>(() => ReadAllAsync(account, DomainOperations.AdsByDomain, domain with { From = new DateTime(2025, 5, 1), To = new DateTime(2025, 2, 1) }, RowWindow.Default));
        await Assert.ThrowsAsync<InvalidInputException>(() => ReadAllAsync(account, DomainOperations.AdsByDomain, domain with { To = DateTime.UtcNow.AddMonths(3) }, RowWindow.Default));
        await Assert.ThrowsAsync<InvalidInputException>(() => ReadAllAsync(account, DomainOperations.AdsByKeyword, new PaidAdQuery { Keyword = " ", Source = "us" }, RowWindow.Default));
        AssertNothingSent(account);
    }

    [Fact]
    public async Task Competitors_come_in_one_answer_unsorted_and_say_whose_competitors_they_are()
    {
        var account = Emulator.Accounts.AddData();

        var rows = await ReadAllAsync(account, DomainOperations.Competitors, new CompetitorQuery { Domain = "https://rows-40.example.com/", Source = "fr", Type = "adv" }, RowWindow.Everything);

        Assert.Equal(40, rows.Count);
        Assert.All(rows, r => Assert.Equal(("rows-40.example.com", "fr", "adv"), (r.CompetitorOf, r.Source, r.Type)));
        Assert.All(rows, r => { Assert.EndsWith(".example", r.Domain, StringComparison.Ordinal); Assert.Equal(r.TotalKeywords - r.CommonKeywords, r.MissingKeywords); });
        Assert.NotEqual(rows.Select(r => r.CommonKeywords).OrderByDescending(c => c), rows.Select(r => r.CommonKeywords));
        var sent = Parameters(Assert.Single(RequestsOf(account)));
        Assert.Equal(["domain", "source", "type"], sent.Keys.Order(StringComparer.Ordinal));
        AssertCharged(account, DomainOperations.Competitors.Forecast(RowWindow.Everything)!, 100);
    }

    private static void AssertCharged(DataAccount account, SeRanking.Engine.Catalogues.CreditForecast forecast, long expected)
    {
        Assert.Equal(expected, forecast.Credits);
        Assert.Equal(forecast.Credits, account.CreditsSpent);
    }

    private void AssertNothingSent(DataAccount account)
    {
        Assert.Empty(RequestsOf(account));
        Assert.Equal(0, account.CreditsSpent);
    }

    private async Task<List<TRow>> ReadAllAsync<TQuery, TRow>(DataAccount account, Operation<TQuery, TRow> operation, TQuery query, RowWindow window)
        where TRow : class
    {
        var connection = ApiConnection.Create(DataApiKey.Parse(account.Key), Connect.Fast(Emulator.DataApiUrl));
        var rows = new List<TRow>();
        await foreach (var row in connection.StreamAsync(operation, query, window))
        {
            rows.Add(row);
        }

        return rows;
    }

    private List<LoggedRequest> RequestsOf(DataAccount account) =>
        Emulator.Requests.Snapshot().Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key) && r.Fault is null).ToList();

    /// <summary>The decoded query parameters of a request, by name (names with brackets as sent).</summary>
    private static Dictionary<string, string> Parameters(LoggedRequest request) =>
        request.QueryRedacted.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => Uri.UnescapeDataString(pair[0].Replace('+', ' ')), pair => pair.Length > 1 ? Uri.UnescapeDataString(pair[1].Replace('+', ' ')) : string.Empty, StringComparer.Ordinal);
}
