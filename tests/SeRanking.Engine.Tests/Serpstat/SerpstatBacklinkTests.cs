using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Serpstat;
using SeRanking.Engine.Serpstat.Backlinks;
using SeRanking.Engine.Tests.Support;

namespace SeRanking.Engine.Tests.Serpstat;

/// <summary>
/// Serpstat's 21 backlinks methods against the emulator: rows read with their values and context
/// columns, paging across pages, lines charged as the catalogue says and within the forecast, the
/// complexFilter written from plain values and raw conditions, and what is refused locally never sent.
/// </summary>
public class SerpstatBacklinkTests(FastSerpstatFixture fixture) : IClassFixture<FastSerpstatFixture>
{
    private static SerpstatBacklinkQuery Query(string domain) => new() { Query = domain };

    [Fact]
    public async Task Link_lists_read_their_rows_across_pages_and_charge_a_line_a_row()
    {
        await CheckAsync(SerpstatBacklinkOperations.Backlinks, Query("rows-1500.example.com"), RowWindow.Take(1500), 1500,
            r => r.UrlFrom.StartsWith("https://site", StringComparison.Ordinal) && r.UrlTo.StartsWith("https://rows-1500.example.com/page-", StringComparison.Ordinal)
                && r.DomainRank > 0 && r.FirstSeen is not null && r.Deleted is null && r.Type == "Backlink" && r.Query == "rows-1500.example.com" && r.AdditionalFields is null,
            requests: 2);
        await CheckAsync(SerpstatBacklinkOperations.LostBacklinks, Query("rows-40.example.com") with { SortBy = "check", SortOrder = "asc" }, RowWindow.Everything, 40,
            r => r.Deleted is not null && r.Type == "LostBacklink" && r.LinkType is "href" or "image" or "redirect" && r.Nofollow is "nofollow" or "dofollow");
        await CheckAsync(SerpstatBacklinkOperations.Outlinks, Query("rows-60.example.com") with { LinkPerDomain = 3 }, RowWindow.Default, 60,
            r => r.UrlFrom.StartsWith("https://rows-60.example.com/post-", StringComparison.Ordinal) && r.Type == "Outlink" && r.ExternalLinks > 0);
        await CheckAsync(SerpstatBacklinkOperations.LostOutlinks, Query("rows-30.example.com"), RowWindow.Default, 30, r => r.Type == "LostOutlink" && r.Deleted is not null);
        await CheckAsync(SerpstatBacklinkOperations.TopPages, Query("rows-40.example.com"), RowWindow.Default, 40,
            r => r.Url.StartsWith("https://rows-40.example.com/top-", StringComparison.Ordinal) && r.Backlinks > 0 && r.ReferringDomains > 0 && r.Ips > 0 && r.AdditionalFields is null);
    }

    [Fact]
    public async Task Domain_lists_read_each_methods_spelling_into_the_same_columns()
    {
        await CheckAsync(SerpstatBacklinkOperations.ReferringDomains, Query("rows-250.example.com") with { SortBy = "domain_rank" }, RowWindow.Take(250), 250,
            r => r.Domain.StartsWith("linked", StringComparison.Ordinal) && r.DomainRank > 0 && r.Links > 0 && r.Type == "Referring" && r.AdditionalFields is null);
        await CheckAsync(SerpstatBacklinkOperations.OutDomains, Query("rows-30.example.com"), RowWindow.Everything, 30, r => r.Domain.Length > 0 && r.Links > 0 && r.DomainRank > 0 && r.Type == "Outgoing");
        await CheckAsync(SerpstatBacklinkOperations.RedirectingDomains, Query("rows-8.example.com"), RowWindow.Everything, 8, r => r.Domain.Length > 0 && r.DomainRank > 0 && r.Links is null && r.Type == "Redirecting");
        await CheckAsync(SerpstatBacklinkOperations.Intersection, Query("rows-90.example.com") with { Intersect = ["rival.com", "other.com"] }, RowWindow.Everything, 90,
            r => r.Domain.StartsWith("donor", StringComparison.Ordinal) && r.DomainRank > 0 && r.AdditionalFields!.Count == 3 && r.AdditionalFields.ContainsKey("Links count for domain #3 other.com"));
        await CheckAsync(SerpstatBacklinkOperations.Anchors, Query("rows-50.example.com") with { SortBy = "total" }, RowWindow.Everything, 50,
            r => r.Anchor.Contains("anchor", StringComparison.Ordinal) && r.Backlinks > 0 && r.ReferringDomains > 0 && r.Nofollow is not null && r.Query == "rows-50.example.com");
        await CheckAsync(SerpstatBacklinkOperations.Threats, Query("rows-9.example.com"), RowWindow.Everything, 9,
            r => r.Domain.StartsWith("bad", StringComparison.Ordinal) && r.Links > 0 && r.ThreatType!.Count == 1 && r.PlatformType!.ToString() == "ANY_PLATFORM" && r.Type == "Referring");
        await CheckAsync(SerpstatBacklinkOperations.ThreatLinks, Query("rows-4.example.com"), RowWindow.Everything, 4, r => r.UrlFrom!.StartsWith("http://bad", StringComparison.Ordinal) && r.UrlTo is not null && r.Type == "ReferringLink");
        await CheckAsync(SerpstatBacklinkOperations.OutThreats, Query("rows-6.example.com"), RowWindow.Everything, 6, r => r.DomainLink is not null && r.LastUpdate is not null && r.Type == "Outgoing");
        await CheckAsync(SerpstatBacklinkOperations.OutThreatLinks, Query("rows-3.example.com"), RowWindow.Everything, 3, r => r.UrlTo == "https://rows-3.example.com/" && r.Type == "OutgoingLink");
    }

    [Fact]
    public async Task Summaries_and_distributions_are_billed_per_request()
    {
        await CheckAsync(SerpstatBacklinkOperations.Summary, Query("shop.example"), RowWindow.Everything, 1,
            r => r.DomainRank > 0 && r.ReferringDomains > 0 && r.Backlinks == r.NofollowBacklinks + r.DofollowBacklinks && r.SearchType == "domain_with_subdomains" && r.AdditionalFields!.ContainsKey("rss_backlinks"), charged: 5);
        await CheckAsync(SerpstatBacklinkOperations.LegacySummary, Query("shop.example") with { SearchType = "domain" }, RowWindow.Everything, 1,
            r => r.DomainRank > 0 && r.Backlinks == r.ReferringDomains * 12 && r.ExternalLinks > 0 && r.SearchType == "domain" && r.AdditionalFields!.ContainsKey("trustRank"), charged: 5);
        await CheckAsync(SerpstatBacklinkOperations.TopAnchors, Query("shop.example"), RowWindow.Everything, 10, r => r.Backlinks > 0 && r.ReferringDomains > 0 && r.AdditionalFields is null, charged: 1);
        await CheckAsync(SerpstatBacklinkOperations.RankDistribution, Query("shop.example"), RowWindow.Everything, 10, r => r.Group.Contains('-', StringComparison.Ordinal) && r.Domains > 0 && r.By == "Rank", charged: 1);
        await CheckAsync(SerpstatBacklinkOperations.TldDistribution, Query("shop.example") with { Language = "de" }, RowWindow.Everything, 12, r => r.Group.Length > 0 && r.Percentage > 0 && r.By == "Tld", charged: 1);
        await CheckAsync(SerpstatBacklinkOperations.History, Query("shop.example"), RowWindow.Everything, 30, r => r.Date is not null && r.NewLinks is not null && r.LostLinks is not null, charged: 1);
        await CheckAsync(SerpstatBacklinkOperations.IntersectionSummary, Query("shop.example") with { Intersect = ["rival.com"] }, RowWindow.Everything, 3, r => r.ReferringDomains > 0 && r.Domains!.StartsWith("shop.example", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Plain_filters_join_every_group_of_raw_conditions_in_the_complexFilter_sent()
    {
        var (connection, account) = fixture.Connect();
        var raw = new List<object?>
        {
            new List<object?> { Condition(("field", "links_external"), ("compareType", "lte"), ("value", 10L)) },
            new List<object?> { Condition(("additional_filters", "only_main_page")) },
        };
        var filter = new SerpstatLinkFilter { LinkType = ["href", "image"], Nofollow = false, UrlFromContains = "blog", DomainRankFrom = 20, DomainRankTo = 60, Flag = ["last_week"], Raw = raw };

        var rows = await SerpstatMachineryTests.ReadAsync(connection, SerpstatBacklinkOperations.Backlinks, Query("rows-5.example.com") with { Filter = filter, SortBy = "domain_rank" }, RowWindow.Default);

        var sent = FastSerpstatFixture.ParamsOf(Assert.Single(fixture.RequestsOf(account)));
        Assert.Equal(5, rows.Count);
        Assert.Equal(("domain_rank", "desc", "domain_with_subdomains"), (sent.GetProperty("sort").GetString(), sent.GetProperty("order").GetString(), sent.GetProperty("searchType").GetString()));
        var groups = sent.GetProperty("complexFilter").EnumerateArray().Select(g => g.EnumerateArray().Select(c => c.GetRawText()).ToList()).ToList();
        Assert.Equal(2, groups.Count);
        Assert.All(groups, g => Assert.Equal(6, g.Count));
        Assert.Equal("{\"field\":\"links_external\",\"compareType\":\"lte\",\"value\":[10]}", groups[0][0]);
        Assert.Equal("{\"additional_filters\":\"only_main_page\"}", groups[1][0]);
        Assert.All(groups, g => Assert.Equal(
            ["{\"field\":\"link_type\",\"compareType\":\"eq\",\"value\":[\"href\",\"image\"]}", "{\"field\":\"link_nofollow\",\"compareType\":\"eq\",\"value\":[0]}",
             "{\"field\":\"url_from\",\"compareType\":\"contains\",\"value\":[\"blog\"]}", "{\"field\":\"domain_rank\",\"compareType\":\"between\",\"value\":[20,60]}",
             "{\"additional_filters\":\"last_week\"}"],
            g.Skip(1)));
    }

    [Fact]
    public async Task A_filter_the_method_does_not_allow_and_other_bad_inputs_are_refused_locally_naming_the_parameter()
    {
        var (connection, account) = fixture.Connect();
        var cases = new (Operation<SerpstatBacklinkQuery, SerpstatBacklink> Operation, SerpstatBacklinkQuery Query, string Parameter, string Says)[]
        {
            (SerpstatBacklinkOperations.LostBacklinks, Query("example.com") with { Filter = new SerpstatLinkFilter { DomainRankFrom = 10 } }, "DomainRankFrom", "not a filter field of SerpstatBacklinksProcedure.getLostBacklinks"),
            (SerpstatBacklinkOperations.Backlinks, Query("example.com") with { Filter = new SerpstatLinkFilter { Raw = [Condition(("field", "domain_from"), ("compareType", "eq"), ("value", "x"))] } }, "Filter", "it takes: url_from, anchor"),
            (SerpstatBacklinkOperations.Backlinks, Query("example.com") with { Filter = new SerpstatLinkFilter { Raw = [Condition(("field", "anchor"), ("compareType", "like"), ("value", "x"))] } }, "Filter", "use one of gt, lt"),
            (SerpstatBacklinkOperations.Backlinks, Query("example.com") with { Filter = new SerpstatLinkFilter { Raw = [Condition(("field", "links_external"), ("compareType", "between"), ("value", 3L))] } }, "Filter", "takes two values"),
            (SerpstatBacklinkOperations.Backlinks, Query("example.com") with { Filter = new SerpstatLinkFilter { Raw = [Condition(("additional_filters", "only_pages"))] } }, "Filter", "only_main_page"),
            (SerpstatBacklinkOperations.Backlinks, Query("example.com") with { Filter = new SerpstatLinkFilter { LinkType = ["link"] } }, "LinkType", "canonical"),
            (SerpstatBacklinkOperations.Backlinks, Query("example.com") with { Filter = new SerpstatLinkFilter { DomainRankFrom = 70, DomainRankTo = 20 } }, "DomainRankFrom", "greater than"),
            (SerpstatBacklinkOperations.Backlinks, Query("example.com") with { SortBy = "lastupdate" }, "SortBy", "lastupdate"),
            (SerpstatBacklinkOperations.Backlinks, Query("example.com") with { SearchType = "subdomains" }, "SearchType", "domain_with_subdomains"),
            (SerpstatBacklinkOperations.Backlinks, Query("a.b"), "Query", "4 to 253"),
        };
        foreach (var (operation, query, parameter, says) in cases)
        {
            var refused = await Assert.ThrowsAsync<InvalidInputException>(() => SerpstatMachineryTests.ReadAsync(connection, operation, query, RowWindow.Default));
            Assert.Equal(parameter, refused.ParamName);
            Assert.Contains(says, refused.Message, StringComparison.Ordinal);
        }

        var three = await Assert.ThrowsAsync<InvalidInputException>(() => SerpstatMachineryTests.ReadAsync(connection, SerpstatBacklinkOperations.Intersection, Query("example.com") with { Intersect = ["a-shop.com", "b-shop.com", "c-shop.com"] }, RowWindow.Default));
        var redirectType = await Assert.ThrowsAsync<InvalidInputException>(() => SerpstatMachineryTests.ReadAsync(connection, SerpstatBacklinkOperations.RedirectingDomains, Query("example.com") with { SearchType = "domain" }, RowWindow.Default));
        var topFilter = await Assert.ThrowsAsync<InvalidInputException>(() => SerpstatMachineryTests.ReadAsync(connection, SerpstatBacklinkOperations.TopAnchors, Query("example.com") with { Filter = new SerpstatLinkFilter { AnchorContains = "x" } }, RowWindow.Default));

        Assert.Equal(("Intersect", "SearchType", "AnchorContains"), (three.ParamName, redirectType.ParamName, topFilter.ParamName));
        Assert.Empty(fixture.RequestsOf(account));
    }

    [Fact]
    public async Task A_url_query_is_sent_as_given_and_a_filter_the_api_refuses_is_ApiRefusedRequest()
    {
        var (connection, account) = fixture.Connect();

        var rows = await SerpstatMachineryTests.ReadAsync(connection, SerpstatBacklinkOperations.Anchors, Query("https://rows-4.example.com/blog/") with { SearchType = "domain" }, RowWindow.Default);
        var api = await Assert.ThrowsAsync<InvalidRequestException>(() => SerpstatMachineryTests.ReadAsync(connection, SerpstatBacklinkOperations.Backlinks, Query("error-32117.example.com"), RowWindow.Default));

        Assert.Equal(4, rows.Count);
        Assert.Equal("https://rows-4.example.com/blog/", FastSerpstatFixture.ParamsOf(fixture.RequestsOf(account)[0]).GetProperty("query").GetString());
        Assert.Equal(("32117", "error-32117.example.com"), (api.ApiErrorCode, api.Target));
    }

    [Fact]
    public void The_reference_samples_read_through_the_operations()
    {
        var summary = Samples.Row(SerpstatBacklinkOperations.Summary, "serpstat-backlinks-getSummaryV2");
        var domains = Samples.Rows(SerpstatBacklinkOperations.ReferringDomains, Samples.Read("serpstat-getRefDomains"));

        Assert.Equal((41L, 2950L, 45110L, 36990L, 8120L, 812L), (summary.DomainRank!.Value, summary.ReferringDomains!.Value, summary.Backlinks!.Value, summary.DofollowBacklinks!.Value, summary.NofollowBacklinks!.Value, summary.ExternalDomains!.Value));
        Assert.Equal(["gearreview.org", "hikers.net"], domains.Select(d => d.Domain));
        Assert.Equal((14L, 37L), (domains[0].Links!.Value, domains[0].DomainRank!.Value));
        Assert.Null(domains[1].AdditionalFields);
    }

    [Fact]
    public void Every_backlinks_method_of_the_reference_has_an_operation_a_spec_and_a_credit_row()
    {
        var operations = SerpstatBacklinkOperations.AllOperations;

        Assert.Equal(21, operations.Select(o => o.RpcMethod).Distinct().Count());
        Assert.All(operations, o => Assert.StartsWith("SerpstatBacklinksProcedure.", o.RpcMethod, StringComparison.Ordinal));
        Assert.All(operations, o => Assert.NotNull(SerpstatMethodSpec.Of(o.RpcMethod!)));
        Assert.All(operations, o => Assert.False(o.Cost.IsUnknown, o.RpcMethod));
        Assert.All(operations, o => Assert.Same(o, OperationCatalog.FindMethod(ApiKind.Serpstat, o.RpcMethod!)));
    }

    private static List<KeyValuePair<string, object?>> Condition(params (string Name, object? Value)[] parts) => parts.Select(p => new KeyValuePair<string, object?>(p.Name, p.Value)).ToList();

    /// <summary>Reads an operation's rows with a fresh account and checks rows, values, requests and lines charged.</summary>
    private async Task CheckAsync<TRow>(Operation<SerpstatBacklinkQuery, TRow> operation, SerpstatBacklinkQuery query, RowWindow window, int expected, Func<TRow, bool> filled, long? charged = null, int? requests = null)
        where TRow : class
    {
        var (connection, account) = fixture.Connect();

        var rows = await SerpstatMachineryTests.ReadAsync(connection, operation, query, window);

        Assert.True(rows.Count == expected, $"{operation}: {rows.Count} rows, {expected} expected.");
        Assert.All(rows, row => Assert.True(filled(row), $"{operation}: a row is not filled as expected."));
        var sent = fixture.RequestsOf(account);
        Assert.All(sent, r => Assert.Equal(operation.RpcMethod, r.Path));
        if (requests is { } calls)
        {
            Assert.Equal(calls, sent.Count);
        }

        Assert.True(account.UsedLines == (charged ?? rows.Count), $"{operation}: {account.UsedLines} lines charged for {rows.Count} rows.");
        if (operation.Forecast(window, 1) is { } forecast)
        {
            Assert.True(operation.Cost.BilledPerResult ? account.UsedLines <= forecast.Credits : account.UsedLines == forecast.Credits, $"{operation}: {account.UsedLines} lines charged, forecast {forecast}.");
        }
    }
}
