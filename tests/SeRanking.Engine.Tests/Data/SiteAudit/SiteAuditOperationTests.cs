using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Data.SiteAudit;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Operations.Polling;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Data.SiteAudit;

/// <summary>The 14 website-audit operations against the emulator: create, wait, every read, the writes, and the local checks.</summary>
public class SiteAuditOperationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static readonly PollOptions Quick = new() { PollInterval = TimeSpan.FromMilliseconds(20) };

    private ApiEmulator Emulator => fixture.Emulator;

    [Theory]
    [InlineData(false, 2)]
    [InlineData(true, 20)]
    public async Task A_created_audit_crawls_finishes_and_is_billed_per_page_crawled(bool advanced, long rate)
    {
        var (connection, account) = Connect();

        var audit = await connection.CreateAsync(new SiteAuditCreateQuery { Domain = "pages-120.example.com", Advanced = advanced, MaxPages = 100, Title = "Shop" });
        var observer = new Observer();
        var unfinished = await connection.WaitAsync([audit.Id], Quick, observer);

        Assert.Empty(unfinished);
        Assert.Equal(("Shop", "queued", advanced ? "advanced" : "standard", 100), (audit.Title, audit.Status, audit.Kind, audit.MaxPages));
        var status = Assert.Single(observer.Done);
        Assert.Equal((audit.Id, "finished", 100L), (status.AuditId, status.Status, status.TotalPages));
        Assert.Contains(observer.Progress, p => p.Status is { } s && s.Contains("pages crawled", StringComparison.Ordinal));
        Assert.Equal(100 * rate, account.CreditsSpent);
        Assert.True(SiteAuditOperations.CrawlForecast(advanced, 100).Credits >= account.CreditsSpent, "the forecast bounds what was spent");
        Assert.Single(Emulator.Requests.Snapshot(), r => r.Method == "POST" && r.Path.StartsWith("v1/site-audit/audits/", StringComparison.Ordinal) && r.KeyFingerprint == RequestLog.FingerprintOf(account.Key));
    }

    [Theory]
    [InlineData("cancel-me.example.com", "cancelled")]
    [InlineData("expire-me.example.com", "expired")]
    public async Task An_audit_that_ends_cancelled_or_expired_is_a_failure_naming_it(string domain, string state)
    {
        var (connection, _) = Connect();
        var audit = await connection.CreateAsync(new SiteAuditCreateQuery { Domain = domain });
        var observer = new Observer();

        await connection.WaitAsync([audit.Id], Quick, observer);

        Assert.Empty(observer.Done);
        var failure = Assert.IsType<JobEndedException>(Assert.Single(observer.Failed));
        Assert.Equal(state, failure.State);
        Assert.Contains("site audit " + audit.Id, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_setting_travels_in_the_settings_object_as_the_API_spells_it()
    {
        var (connection, account) = Connect();

        await connection.CreateAsync(new SiteAuditCreateQuery
        {
            Domain = "https://shop.example.com/",
            SourceSitemap = false,
            IgnoreNoindex = true,
            CustomParams = ["utm_source", "sessionid"],
            UserAgent = 1,
            Login = "user",
            Password = "secret",
            MaxPages = 500,
            MaxDepth = 5,
            MaxRequests = 50,
            MaxRedirects = 3,
            MaxSizeKb = 2000,
            MinTitleLength = 10,
            MaxTitleLength = 70,
            MinDescriptionLength = 50,
            MaxDescriptionLength = 160,
            MinWords = 100,
            MaxH1Length = 80,
            MaxH2Length = 90,
            Allow = ["/shop/"],
            Disallow = ["/cart/", "/admin/"],
            Hide = ["/tmp/"],
        });

        var body = Emulator.Requests.Snapshot().Single(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key)).Body!;
        using var json = System.Text.Json.JsonDocument.Parse(body);
        var settings = json.RootElement.GetProperty("settings");
        Assert.Equal("shop.example.com", json.RootElement.GetProperty("domain").GetString());
        Assert.Equal(0, settings.GetProperty("source_sitemap").GetInt32());
        Assert.Equal(1, settings.GetProperty("ignore_noindex").GetInt32());
        Assert.Equal(2, settings.GetProperty("ignore_params").GetInt32());
        Assert.Equal("utm_source,sessionid", settings.GetProperty("custom_params").GetString());
        Assert.Equal(500, settings.GetProperty("max_pages").GetInt32());
        Assert.Equal(50, settings.GetProperty("max_req").GetInt32());
        Assert.Equal("/cart/\n/admin/", settings.GetProperty("disallow").GetString());
        Assert.Equal(22, settings.EnumerateObject().Count());
    }

    public static TheoryData<string, SiteAuditCreateQuery> RefusedSettings() => new()
    {
        { "MaxPages", new SiteAuditCreateQuery { Domain = "example.com", MaxPages = 300_001 } },
        { "MaxDepth", new SiteAuditCreateQuery { Domain = "example.com", MaxDepth = 0 } },
        { "MaxRequests", new SiteAuditCreateQuery { Domain = "example.com", MaxRequests = 501 } },
        { "UserAgent", new SiteAuditCreateQuery { Domain = "example.com", UserAgent = 14 } },
        { "IgnoreParams", new SiteAuditCreateQuery { Domain = "example.com", IgnoreParams = "Some" } },
        { "IgnoreParams", new SiteAuditCreateQuery { Domain = "example.com", IgnoreParams = "Listed" } },
        { "CustomParams", new SiteAuditCreateQuery { Domain = "example.com", IgnoreParams = "All", CustomParams = ["utm"] } },
        { "MinTitleLength", new SiteAuditCreateQuery { Domain = "example.com", MinTitleLength = 80, MaxTitleLength = 60 } },
        { "Credential", new SiteAuditCreateQuery { Domain = "example.com", Login = "user" } },
        { "Disallow", new SiteAuditCreateQuery { Domain = "example.com", Disallow = ["cart"] } },
        { "Title", new SiteAuditCreateQuery { Domain = "example.com", Title = new string('t', 301) } },
        { "Domain", new SiteAuditCreateQuery { Domain = "https://example.com/a/page" } },
    };

    [Theory]
    [MemberData(nameof(RefusedSettings))]
    public async Task A_setting_out_of_its_range_is_refused_naming_it_before_anything_is_sent(string parameter, SiteAuditCreateQuery query)
    {
        var (connection, account) = Connect();

        var refused = await Assert.ThrowsAnyAsync<ArgumentException>(() => connection.CreateAsync(query));

        Assert.Equal(parameter, refused.ParamName);
        Assert.DoesNotContain(Emulator.Requests.Snapshot(), r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key));
    }

    [Fact]
    public async Task The_report_is_one_row_per_check_with_its_section_and_its_codes_are_remembered()
    {
        var (connection, _) = Connect();
        var id = await FinishedAuditAsync(connection, "pages-90.example.com");

        var report = await connection.GetAsync(SiteAuditOperations.Report, new SiteAuditQuery { AuditId = id });
        var checks = SiteAudits.ChecksOf(report);

        Assert.Equal(8, checks.Count);
        Assert.Equal(report.CheckCount, checks.Count);
        Assert.All(checks, c => Assert.Equal(id, c.AuditId));
        var mixed = checks.Single(c => c.Code == "mixed_content");
        Assert.Equal(("security_v2", "error", "Mixed content"), (mixed.Section, mixed.Status, mixed.Name));
        Assert.True(mixed.Value > 0);
        Assert.Equal((84.0, 90L, "pages-90.example.com"), (report.ScorePercent!.Value, report.TotalPages!.Value, report.Domain!));
        Assert.Contains(SiteAuditIssueCodes.Known, code => code.Key == "title_too_long" && code.Value == "Title too long");
    }

    [Fact]
    public async Task Crawled_pages_come_page_after_page_with_their_text_values_as_numbers_and_flags()
    {
        var (connection, _) = Connect();
        var id = await FinishedAuditAsync(connection, "pages-2500.example.com", maxPages: 2500);

        var pages = await ReadAsync(connection, SiteAuditOperations.Pages, new SiteAuditQuery { AuditId = id }, RowWindow.Everything);

        Assert.Equal(2500, pages.Count);
        Assert.Equal(pages.Count, pages.Select(p => p.Id).Distinct().Count());
        Assert.Equal(3, Emulator.Requests.Snapshot().Count(r => r.Path == "v1/site-audit/audits/pages" && r.QueryRedacted.Contains("audit_id=" + id, StringComparison.Ordinal)));
        Assert.All(pages, p => Assert.Equal(id, p.AuditId));
        Assert.Contains(pages, p => p.Status == 404);
        Assert.Contains(pages, p => p.Noindex);
        Assert.Equal(0.23, pages[0].HtmlRatio);
        Assert.Equal(300, pages[0].LoadMs);
    }

    [Fact]
    public async Task Pages_of_an_issue_are_its_URLs_stamped_with_the_code_and_the_total_is_read()
    {
        var (connection, _) = Connect();
        var id = await FinishedAuditAsync(connection, "pages-200.example.com");

        var pages = await ReadAsync(connection, SiteAuditOperations.IssuePages, new SiteAuditIssuePagesQuery { AuditId = id, Code = "title_duplicate" }, RowWindow.Everything);

        Assert.NotEmpty(pages);
        Assert.All(pages, p => Assert.Equal((id, "title_duplicate"), (p.AuditId, p.IssueCode)));
        Assert.All(pages, p => Assert.StartsWith("https://pages-200.example.com/", p.Url, StringComparison.Ordinal));
        await Assert.ThrowsAsync<InvalidInputException>(() => ReadAsync(connection, SiteAuditOperations.IssuePages, new SiteAuditIssuePagesQuery { AuditId = id, Code = "Title Duplicate" }, RowWindow.Everything));
    }

    [Fact]
    public async Task The_issues_of_a_page_are_read_by_URL_or_id_and_never_both()
    {
        var (connection, _) = Connect();
        var id = await FinishedAuditAsync(connection, "pages-30.example.com");

        var byUrl = await ReadAsync(connection, SiteAuditOperations.Issues, new SiteAuditPageIssuesQuery { AuditId = id, Url = "https://pages-30.example.com/page-1" }, RowWindow.Everything);
        var byId = await ReadAsync(connection, SiteAuditOperations.Issues, new SiteAuditPageIssuesQuery { AuditId = id, UrlId = 2 }, RowWindow.Everything);

        Assert.NotEmpty(byUrl);
        Assert.NotEmpty(byId);
        Assert.All(byUrl, i => Assert.Equal("https://pages-30.example.com/page-1", i.Url));
        Assert.Equal("404 https://pages-30.example.com/page-7", byUrl[0].Snippet!.ToString());
        Assert.Equal("urls", byUrl[0].SnippetType);
        await Assert.ThrowsAsync<InvalidInputException>(() => ReadAsync(connection, SiteAuditOperations.Issues, new SiteAuditPageIssuesQuery { AuditId = id, Url = "https://x.example.com/", UrlId = 1 }, RowWindow.Everything));
    }

    [Fact]
    public async Task Links_are_filtered_by_the_indexed_filter_triples()
    {
        var (connection, account) = Connect();
        var id = await FinishedAuditAsync(connection, "pages-100.example.com");

        var broken = await ReadAsync(connection, SiteAuditOperations.Links, new SiteAuditLinksQuery { AuditId = id, PageType = "internal", Filter = ["status=404", "nofollow=0"] }, RowWindow.Everything);
        var either = await ReadAsync(connection, SiteAuditOperations.Links, new SiteAuditLinksQuery { AuditId = id, Filter = ["status=404", "type=hreflang"], MatchAny = true }, RowWindow.Take(500));

        Assert.NotEmpty(broken);
        Assert.All(broken, l => Assert.Equal((404, false), (l.Status, l.Nofollow)));
        Assert.Contains(either, l => l.Status == 200 && l.Type == "hreflang");
        Assert.Contains(Emulator.Requests.Snapshot(), r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key)
            && r.QueryRedacted.Contains("filter%5B1%5D%5Bparam%5D=nofollow&filter%5B1%5D%5Bvalue%5D=0&filter%5B1%5D%5Btype%5D=and", StringComparison.Ordinal));
        await Assert.ThrowsAsync<InvalidInputException>(() => ReadAsync(connection, SiteAuditOperations.Links, new SiteAuditLinksQuery { AuditId = id, Filter = ["anchor=home"] }, RowWindow.Everything));
    }

    [Fact]
    public async Task History_rename_recheck_and_delete()
    {
        var (connection, account) = Connect();
        var id = await FinishedAuditAsync(connection, "pages-40.example.com");
        var spentByCrawl = account.CreditsSpent;

        var snapshot = await connection.GetAsync(SiteAuditOperations.History, new SiteAuditHistoryQuery { AuditId = id, Date = DateTime.Today.AddDays(-7) });
        await connection.SendAsync(SiteAuditOperations.Rename, new SiteAuditRenameQuery { AuditId = id, Title = "Renamed shop" });
        var listed = await ReadAsync(connection, SiteAuditOperations.List, new SiteAuditListQuery { Search = "Renamed" }, RowWindow.Everything);
        var rechecked = await connection.RecheckAsync(new SiteAuditQuery { AuditId = id, Advanced = true });
        var observer = new Observer();
        await connection.WaitAsync([id], Quick, observer);
        await connection.SendAsync(SiteAuditOperations.Delete, new SiteAuditQuery { AuditId = id });

        Assert.Equal((id, DateTime.Today.AddDays(-7), "pages-40.example.com", 40L), (snapshot.AuditId, snapshot.Date, snapshot.Domain, snapshot.TotalPages));
        Assert.Contains("max_pages=40", snapshot.Settings!.ToString(), StringComparison.Ordinal);
        Assert.Equal(id, Assert.Single(listed).Id);
        Assert.Equal(("queued", "advanced"), (rechecked.Status, rechecked.Kind));
        Assert.Equal(spentByCrawl + (40 * 20), account.CreditsSpent);
        var gone = await Assert.ThrowsAsync<InvalidRequestException>(() => connection.ReadStatusAsync(id));
        Assert.Equal(404, gone.StatusCode);
        Assert.Single(Emulator.Requests.Snapshot(), r => r.Method == "POST" && r.Path == "v1/site-audit/audits/recheck/advanced" && r.Body is null && r.KeyFingerprint == RequestLog.FingerprintOf(account.Key));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.GetAsync(SiteAuditOperations.History, new SiteAuditHistoryQuery { AuditId = id, Date = DateTime.Today.AddDays(2) }));
    }

    [Fact]
    public void Creating_and_rechecking_are_never_sent_twice_and_every_read_is_free()
    {
        foreach (var operation in SiteAuditOperations.AllOperations)
        {
            var paid = operation.Path.EndsWith("/standard", StringComparison.Ordinal) || operation.Path.EndsWith("/advanced", StringComparison.Ordinal);
            Assert.Equal(paid ? RequestSafety.CreatesPaidWork : RequestSafety.Read, operation.Safety);
            Assert.Equal(paid, !operation.Cost.IsFree);
        }

        Assert.Equal(14, SiteAuditOperations.AllOperations.Length);
        Assert.Equal(
            ["v1/site-audit/audits/standard", "v1/site-audit/audits/advanced", "v1/site-audit/audits/recheck/standard", "v1/site-audit/audits/recheck/advanced"],
            new Operation[] { SiteAuditOperations.CreateStandard, SiteAuditOperations.CreateAdvanced, SiteAuditOperations.RecheckStandard, SiteAuditOperations.RecheckAdvanced }.Select(o => o.Path));
        Assert.Equal(2000, SiteAuditOperations.CrawlForecast(false, 1000).Credits);
        Assert.Equal(20 * 300_000, SiteAuditOperations.RecheckForecast(true, 300_000).Credits);
    }

    [Fact]
    public void The_reference_samples_are_read()
    {
        var created = Samples.Row(SiteAuditOperations.CreateStandard, "seranking-site-audit-created");
        var status = Samples.Row(SiteAuditOperations.Status, "seranking-site-audit-status");
        var report = Samples.Row(SiteAuditOperations.Report, "seranking-site-audit-report");
        var issuePages = Samples.Rows(SiteAuditOperations.IssuePages, Samples.Read("seranking-site-audit-issue-pages"));

        Assert.Equal(700512345, created.Id);
        Assert.Equal(("finished", 250L, new DateTime(2026, 1, 20, 8, 9, 47)), (status.Status, status.TotalPages!.Value, status.AuditTime!.Value));
        Assert.True(status.IsFinished);
        Assert.Equal(["no_https", "mixed_content", "title_duplicate"], SiteAudits.ChecksOf(report).Select(c => c.Code));
        Assert.Equal((17.0, "Meta tags"), (SiteAudits.ChecksOf(report)[2].Value!.Value, SiteAudits.ChecksOf(report)[2].SectionName!));
        Assert.Equal(("example-shop.com", "48213"), (report.Domain!, report.Backlinks!));
        Assert.Equal(["https://example-shop.com/tents/?page=2", "https://example-shop.com/tents/?page=3"], issuePages.Select(p => p.Url));
    }

    private (ApiConnection Connection, DataAccount Account) Connect()
    {
        var account = Emulator.Accounts.AddData();
        return (ApiConnection.Create(DataApiKey.Parse(account.Key), Support.Connect.Fast(Emulator.DataApiUrl)), account);
    }

    private static async Task<long> FinishedAuditAsync(ApiConnection connection, string domain, int? maxPages = null)
    {
        var audit = await connection.CreateAsync(new SiteAuditCreateQuery { Domain = domain, MaxPages = maxPages });
        var observer = new Observer();
        await connection.WaitAsync([audit.Id], Quick, observer);
        Assert.Single(observer.Done);
        return audit.Id;
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

    private sealed class Observer : IJobPollObserver<long, SiteAuditStatus>
    {
        public List<SiteAuditStatus> Done { get; } = [];

        public List<Exception> Failed { get; } = [];

        public List<PollProgress> Progress { get; } = [];

        void IJobPollObserver<long, SiteAuditStatus>.Done(long job, SiteAuditStatus result) => Done.Add(result);

        void IJobPollObserver<long, SiteAuditStatus>.Failed(long job, Exception failure) => Failed.Add(failure);

        void IJobPollObserver<long, SiteAuditStatus>.Progress(PollProgress progress) => Progress.Add(progress);
    }
}
