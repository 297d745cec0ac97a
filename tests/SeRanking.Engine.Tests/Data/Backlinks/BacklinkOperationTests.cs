using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Data.Backlinks;

/// <summary>Each backlinks operation against the emulator: its rows read with their values, stamped, and billed as forecast.</summary>
public class BacklinkOperationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string Target = "rows-400.example.com";

    private ApiEmulator Emulator => fixture.Emulator;

    [Fact]
    public async Task Backlinks_are_read_with_their_links_ranks_and_dates_and_cost_one_credit_each()
    {
        var (rows, account) = await ReadAsync(BacklinkOperations.All, new BacklinkListQuery { Target = Target, Mode = "domain" }, RowWindow.Take(250));

        Assert.Equal(250, rows.Count);
        Assert.All(rows, row => Assert.StartsWith("https://", row.UrlFrom, StringComparison.Ordinal));
        Assert.All(rows, row => Assert.Equal((Target, "domain"), (row.Target, row.Mode)));
        Assert.Contains(rows, row => row.Nofollow);
        Assert.Contains(rows, row => row.InlinkRank is null);
        Assert.All(rows, row => Assert.NotNull(row.FirstSeen));
        Assert.Equal(250, account.CreditsSpent);
        Assert.Equal(BacklinkOperations.All.Forecast(RowWindow.Take(250))!.Credits, account.CreditsSpent);
    }

    [Fact]
    public async Task New_and_lost_backlinks_carry_their_date_type_and_reason()
    {
        var query = new BacklinkHistoryQuery { Target = Target, Type = "lost", From = DateTime.UtcNow.Date.AddDays(-10), To = DateTime.UtcNow.Date };

        var (rows, _) = await ReadAsync(BacklinkOperations.History, query, RowWindow.Take(30));

        Assert.Equal(30, rows.Count);
        Assert.All(rows, row => Assert.Equal("lost", row.Type));
        Assert.All(rows, row => Assert.InRange(row.Date!.Value, query.From!.Value, query.To!.Value));
        Assert.All(rows, row => Assert.NotNull(row.ReasonLost));
    }

    [Theory]
    [InlineData("history/count")]
    [InlineData("refdomains/history/count")]
    public async Task Daily_counts_give_one_row_per_day_and_cost_100_per_target(string command)
    {
        var operation = command == "history/count" ? BacklinkOperations.HistoryCount : BacklinkOperations.ReferringDomainsHistoryCount;
        var from = new DateTime(2026, 10, 1);

        var (rows, account) = await ReadAsync(operation, new BacklinkPeriodQuery { Target = "example.com", From = from, To = from.AddDays(13) }, RowWindow.Everything);

        Assert.Equal(14, rows.Count);
        Assert.Equal(Enumerable.Range(0, 14).Select(day => from.AddDays(day)), rows.Select(row => row.Date!.Value));
        Assert.All(rows, row => Assert.True(row.New is not null && row.Lost is not null));
        Assert.Equal(100, account.CreditsSpent);
    }

    [Fact]
    public async Task The_cumulative_history_gives_the_live_total_of_each_day()
    {
        var (rows, _) = await ReadAsync(BacklinkOperations.HistoryCumulative, new BacklinkPeriodQuery { Target = "example.com", From = new DateTime(2026, 9, 1), To = new DateTime(2026, 9, 3) }, RowWindow.Everything);

        Assert.Equal(3, rows.Count);
        Assert.All(rows, row => Assert.True(row.Total > 0));
        Assert.All(rows, row => Assert.Equal("backlinks", row.Of));
    }

    [Fact]
    public async Task The_cumulative_history_refuses_a_new_or_lost_choice_before_sending()
    {
        var account = Emulator.Accounts.AddData();

        await Assert.ThrowsAsync<InvalidInputException>(() => Connection(account).ListAsync(BacklinkOperations.HistoryCumulative, new BacklinkPeriodQuery { Target = "example.com", Type = "new" }));

        Assert.Empty(RequestsOf(account));
    }

    [Fact]
    public async Task Anchors_referring_domains_ips_and_pages_are_read_as_lists()
    {
        var (anchors, _) = await ReadAsync(BacklinkOperations.Anchors, new BacklinkSortedQuery { Target = Target, OrderBy = "refdomains" }, RowWindow.Take(5));
        var (domains, _) = await ReadAsync(BacklinkOperations.ReferringDomains, new BacklinkSortedQuery { Target = Target }, RowWindow.Take(5));
        var (ips, _) = await ReadAsync(BacklinkOperations.ReferringIps, new BacklinkSortedQuery { Target = Target }, RowWindow.Take(5));
        var (pages, _) = await ReadAsync(BacklinkOperations.IndexedPages, new BacklinkSortedQuery { Target = Target }, RowWindow.Take(5));

        Assert.Equal("Rows 400", anchors[0].Anchor);
        Assert.All(anchors, a => Assert.Equal(a.Backlinks, a.DofollowBacklinks + a.NofollowBacklinks));
        Assert.All(domains, d => Assert.EndsWith(".example.com", d.Domain, StringComparison.Ordinal));
        Assert.All(ips, i => Assert.Matches(@"^\d+\.\d+\.\d+\.\d+$", i.Ip));
        Assert.All(pages, p => Assert.StartsWith("https://rows-400.example.com/", p.Url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Referring_domains_found_or_lost_carry_their_date_and_type()
    {
        var (rows, _) = await ReadAsync(BacklinkOperations.ReferringDomainsHistory, new BacklinkPeriodQuery { Target = Target, Type = "new" }, RowWindow.Take(10));

        Assert.Equal(10, rows.Count);
        Assert.All(rows, row => Assert.Equal("new", row.Type));
        Assert.All(rows, row => Assert.NotNull(row.Date));
    }

    [Fact]
    public async Task A_list_a_sort_it_does_not_take_is_refused_before_sending()
    {
        var account = Emulator.Accounts.AddData();

        var error = await Assert.ThrowsAsync<InvalidInputException>(
            () => Connection(account).ListAsync(BacklinkOperations.Anchors, new BacklinkSortedQuery { Target = Target, OrderBy = "date_found" }));

        Assert.Equal("OrderBy", error.ParamName);
        Assert.Contains("backlinks, refdomains", error.Message, StringComparison.Ordinal);
        Assert.Empty(RequestsOf(account));
    }

    [Theory]
    [InlineData("Both", 100)]
    [InlineData("Domain", 10)]
    [InlineData("Page", 10)]
    public async Task Authority_is_read_from_a_plain_object_and_costs_what_the_catalogue_says(string of, long credits)
    {
        var operation = of switch
        {
            "Domain" => BacklinkOperations.DomainAuthority,
            "Page" => BacklinkOperations.PageAuthority,
            _ => BacklinkOperations.Authority,
        };
        var account = Emulator.Accounts.AddData();

        var row = await Connection(account).GetAsync(operation, new AuthorityQuery { Target = "https://example-shop.com/" });

        Assert.Equal(of, row.Of);
        Assert.Equal(of != "Domain", row.InlinkRank is not null);
        Assert.Equal(of != "Page", row.DomainInlinkRank is not null);
        Assert.Equal(credits, account.CreditsSpent);
    }

    [Theory]
    [InlineData("by_day", 31)]
    [InlineData("by_week", 5)]
    [InlineData("by_month", 2)]
    public async Task Authority_history_gives_one_dated_rank_per_step(string granularity, int points)
    {
        var query = new AuthorityHistoryQuery { Target = "https://example.com/page", From = new DateTime(2026, 8, 1), To = new DateTime(2026, 8, 31), Granularity = granularity };

        var (rows, account) = await ReadAsync(BacklinkOperations.PageAuthorityHistory, query, RowWindow.Everything);

        Assert.Equal(points, rows.Count);
        Assert.All(rows, row => Assert.InRange(row.Rank!.Value, 0, 100));
        Assert.Equal(points, account.CreditsSpent);
        var (domainRows, _) = await ReadAsync(BacklinkOperations.DomainAuthorityHistory, query with { Target = "example.com" }, RowWindow.Everything);
        Assert.All(domainRows, row => Assert.Equal("Domain", row.Of));
    }

    [Fact]
    public async Task Page_authority_history_refuses_a_bare_domain_with_a_path_check_only_for_urls()
    {
        var account = Emulator.Accounts.AddData();

        await Assert.ThrowsAsync<InvalidInputException>(
            () => Connection(account).ListAsync(BacklinkOperations.PageAuthorityHistory, new AuthorityHistoryQuery { Target = "example.com", Granularity = "hourly" }));

        Assert.Empty(RequestsOf(account));
    }

    [Fact]
    public async Task The_authority_distribution_is_one_bar_per_rank_bucket_billed_per_bar()
    {
        var (rows, account) = await ReadAsync(BacklinkOperations.DomainAuthorityDistribution, new AuthorityDistributionQuery { Target = "example.com", CountBy = "domain" }, RowWindow.Everything);

        Assert.Equal(11, rows.Count);
        Assert.Equal(Enumerable.Range(0, 11).Select(i => (int?)(i * 10)), rows.Select(row => row.DomainInlinkRank));
        Assert.Equal(11, account.CreditsSpent);
        Assert.Contains("histogramMode=domain", RequestsOf(account).Single().QueryRedacted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_of_many_targets_come_back_one_per_target_in_input_order()
    {
        var account = Emulator.Accounts.AddData();
        var targets = Enumerable.Range(0, 150).Select(i => $"shop-{i}.example.com").Reverse().ToList();

        var results = await Connection(account).BatchAsync(BacklinkOperations.Metrics, targets, batch => new TargetsQuery { Targets = batch, Mode = "domain" });

        Assert.Equal(targets, results.Select(r => r.Target));
        Assert.All(results, r => Assert.Equal(r.Value!.Backlinks, r.Value.DofollowBacklinks + r.Value.NofollowBacklinks));
        Assert.All(results, r => Assert.Equal("domain", r.Value!.Mode));
        Assert.Equal(2, RequestsOf(account).Count);
        Assert.Equal(150 * 100, account.CreditsSpent);
    }

    [Fact]
    public async Task The_four_counts_join_into_one_row_per_target_and_a_huge_site_is_that_targets_error()
    {
        var account = Emulator.Accounts.AddData();

        var results = await Connection(account).GetAsync(["a-shop.com", "google.com", "b-shop.com"], "host", BacklinkCountKinds.All);

        Assert.True(results[0].IsSuccess && results[2].IsSuccess);
        Assert.IsType<TargetTooLargeException>(results[1].Error);
        Assert.All(new[] { results[0], results[2] }, r => Assert.True(r.Value!.Backlinks > 0 && r.Value.ReferringDomains > 0 && r.Value.ReferringIps > 0 && r.Value.ReferringSubnets > 0));
        Assert.Equal(BacklinkCountReader.Forecast(BacklinkCountKinds.All, 2).Credits, account.CreditsSpent);
    }

    private async Task<(List<TRow> Rows, DataAccount Account)> ReadAsync<TQuery, TRow>(Operation<TQuery, TRow> operation, TQuery query, RowWindow window)
        where TRow : class
    {
        var account = Emulator.Accounts.AddData();
        var rows = new List<TRow>();
        await foreach (var row in Connection(account).StreamAsync(operation, query, window))
        {
            rows.Add(row);
        }

        return (rows, account);
    }

    private ApiConnection Connection(DataAccount account) => ApiConnection.Create(DataApiKey.Parse(account.Key), Connect.Fast(Emulator.DataApiUrl));

    private List<LoggedRequest> RequestsOf(DataAccount account) =>
        Emulator.Requests.Snapshot().Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key)).ToList();
}
