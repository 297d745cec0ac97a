using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Emulator.Project;
using SeRanking.Engine.Data.SiteAudit;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Operations.Polling;
using SeRanking.Engine.Project.Audits;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;
using ProjectDialect = SeRanking.Engine.ProjectDialect;

namespace SeRanking.Engine.Tests.Project;

/// <summary>
/// The 21 project-audit operations against the emulator in both dialects: what each sends where
/// (legacy <c>audit/{id}/…</c> paths, unified <c>audits/…?audit_id=</c>; POST edit and delete on
/// the legacy host, PATCH and DELETE on the unified one), what comes back, that writes round-trip
/// in one account, waiting, and that refused input sends nothing.
/// </summary>
public class ProjectAuditOperationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiEmulator Emulator => fixture.Emulator;

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task An_audit_is_created_waited_for_read_renamed_rechecked_and_deleted(ProjectDialect dialect)
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, dialect);

        var created = await connection.CreateProjectAuditAsync(new ProjectAuditCreateQuery
        {
            Domain = "pages-2500.audit-shop.com",
            Title = "Shop audit",
            Settings = new ProjectAuditSettings { MaxPages = 2400, ScheduleType = "week", ScheduleWeekday = [5, 1, 5], ReportEmail = ["seo@audit-shop.com"] },
        });
        Assert.Equal(("Shop audit", "queued", 2400), (created.Title, created.Status, created.MaxPages));
        var listed = Assert.Single(await connection.ListAsync(ProjectAuditOperations.List, new ProjectAuditListQuery { Search = "shop" }));
        Assert.Equal((created.Id, "Shop audit"), (listed.Id, listed.Title));

        var observer = new Observer();
        var unfinished = await connection.WaitForProjectAuditsAsync([created.Id], new PollOptions { PollInterval = TimeSpan.FromMilliseconds(10) }, observer);
        Assert.Empty(unfinished);
        var finished = Assert.Single(observer.Finished);
        Assert.Equal((created.Id, "finished", 2400L), (finished.AuditId, finished.Status, finished.TotalPages));

        var checks = ProjectAudits.ChecksOf(await connection.GetAsync(ProjectAuditOperations.Report, new ProjectAuditQuery { AuditId = created.Id }));
        Assert.Contains(checks, c => c.Code == "title_duplicate" && c.Section == "metatags_v2" && c.AuditId == created.Id);

        var before = ProjectConnections.Requests(Emulator, account).Count(r => r.StatusCode == 200);
        var pages = await connection.StreamAsync(ProjectAuditOperations.Pages, new ProjectAuditQuery { AuditId = created.Id }, RowWindow.Take(2200)).ToListAsync();
        Assert.Equal(2200, pages.Count);

        // Pages of at most 1,000 rows: 1,000 + 1,000 + 200.
        Assert.Equal(3, ProjectConnections.Requests(Emulator, account).Count(r => r.StatusCode == 200) - before);
        Assert.Equal("https://pages-2500.audit-shop.com/page-2199", pages[^1].Url);

        var issuePages = await connection.ListAsync(ProjectAuditOperations.IssuePages, new ProjectAuditIssuePagesQuery { AuditId = created.Id, Code = "http4xx" });
        Assert.Equal(2400 / 5, issuePages.Count);
        Assert.All(issuePages, p => Assert.Equal("http4xx", p.IssueCode));
        var issues = await connection.ListAsync(ProjectAuditOperations.Issues, new ProjectAuditPageIssuesQuery { AuditId = created.Id, UrlId = 7 });
        Assert.NotEmpty(issues);
        Assert.All(issues, i => Assert.Equal("7", i.Url));
        var links = await connection.ListAsync(ProjectAuditOperations.FoundLinks, new ProjectAuditLinksQuery { AuditId = created.Id, PageType = "internal", Filter = ["status=404"] });
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.Equal(404, l.Status));
        var history = await connection.GetAsync(ProjectAuditOperations.History, new ProjectAuditHistoryQuery { AuditId = created.Id, Date = DateTime.Today.AddDays(-7) });
        Assert.Equal((created.Id, DateTime.Today.AddDays(-7)), (history.AuditId, history.Date));

        _ = await connection.SendAsync(ProjectAuditOperations.Rename, new ProjectAuditRenameQuery { AuditId = created.Id, Title = "Shop audit (weekly)" });
        Assert.Equal("Shop audit (weekly)", account.Workspace.Audits().Find(created.Id)!.Title);
        var requeued = await connection.RecheckProjectAuditAsync(created.Id);
        Assert.Equal("queued", requeued.Status);
        Assert.Equal("queued", (await connection.ReadProjectAuditStatusAsync(created.Id)).Status);
        Assert.Equal(created.Id, (await connection.GetAsync(ProjectAuditOperations.Status, new ProjectAuditQuery { AuditId = created.Id })).AuditId);

        _ = await connection.SendAsync(ProjectAuditOperations.Delete, new ProjectAuditQuery { AuditId = created.Id });
        Assert.Empty(await connection.ListAsync(ProjectAuditOperations.List, new ProjectAuditListQuery()));

        // A request the rate limit turned away (429, never acted on) may be sent again: only answered ones count.
        var requests = ProjectConnections.Requests(Emulator, account).Where(r => r.StatusCode is >= 200 and < 300).ToList();
        var lines = requests.Select(ProjectConnections.Line).ToList();
        var id = created.Id;
        var expected = dialect == ProjectDialect.Legacy
            ? new[] { "POST audit/create", $"GET audit/{id}", $"GET audit/{id}/links?code=http4xx&offset=0&limit=1000", $"POST audit/{id}/edit", $"POST audit/{id}/recheck", $"POST audit/{id}/delete" }
            : [$"POST v1/project-management/audits", $"GET v1/project-management/audits/status?audit_id={id}", $"GET v1/project-management/audits/issue-pages?audit_id={id}&code=http4xx&offset=0&limit=1000",
               $"PATCH v1/project-management/audits?audit_id={id}", $"POST v1/project-management/audits/recheck?audit_id={id}", $"DELETE v1/project-management/audits?audit_id={id}"];
        Assert.True(expected.All(lines.Contains), string.Join("\n", lines));
        var create = requests[0].Body!;
        Assert.Contains("\"domain\":\"pages-2500.audit-shop.com\"", create, StringComparison.Ordinal);
        Assert.Contains("\"schedule_type\":\"week\"", create, StringComparison.Ordinal);
        Assert.Contains("\"schedule_wdays\":[1,5]", create, StringComparison.Ordinal);
        Assert.Contains("\"report_emails\":\"seo@audit-shop.com\"", create, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task Settings_sitemaps_and_uploaded_url_lists_round_trip(ProjectDialect dialect)
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, dialect);
        var audit = await connection.CreateProjectAuditAsync(new ProjectAuditCreateQuery { Domain = "settings-shop.com" });

        _ = await connection.SendAsync(ProjectAuditOperations.UpdateSettings, new ProjectAuditSettingsQuery
        {
            AuditId = audit.Id,
            Settings = new ProjectAuditSettings { MaxPages = 500, ScheduleType = "month", ScheduleDay = 3, DisabledIssue = ["title_duplicate", "http4xx"] },
        });
        var settings = (await connection.ReadSettingsAsync(audit.Id)).ToDictionary(s => s.Name, s => s.Value);
        Assert.Equal(("500", "month", "3", "title_duplicate, http4xx", "10"), (settings["max_pages"], settings["schedule_type"], settings["schedule_day"], settings["disabled_issues"], settings["max_depth"]));

        Assert.NotNull((await connection.GetAsync(ProjectAuditOperations.Settings, new ProjectAuditQuery { AuditId = audit.Id })).Value);
        _ = await connection.SendAsync(ProjectAuditOperations.ResetSettings, new ProjectAuditQuery { AuditId = audit.Id });
        settings = (await connection.ReadSettingsAsync(audit.Id)).ToDictionary(s => s.Name, s => s.Value);
        Assert.Equal(("1000", "manual", string.Empty), (settings["max_pages"], settings["schedule_type"], settings["disabled_issues"]));

        var sitemap = await connection.SendAsync(ProjectAuditOperations.AddSitemap, new ProjectAuditSitemapQuery { AuditId = audit.Id, Url = "https://settings-shop.com/sitemap.xml" });
        var listedSitemap = Assert.Single(await connection.ListAsync(ProjectAuditOperations.Sitemaps, new ProjectAuditQuery { AuditId = audit.Id }));
        Assert.Equal((sitemap!.Id!.Value, "https://settings-shop.com/sitemap.xml", audit.Id), (listedSitemap.SitemapId, listedSitemap.Url, listedSitemap.AuditId));
        Assert.True(listedSitemap.Pages > 0);
        _ = await connection.SendAsync(ProjectAuditOperations.RemoveSitemap, new ProjectAuditSitemapQuery { AuditId = audit.Id, SitemapId = listedSitemap.SitemapId });
        Assert.Empty(await connection.ListAsync(ProjectAuditOperations.Sitemaps, new ProjectAuditQuery { AuditId = audit.Id }));

        var upload = await connection.SendAsync(ProjectAuditOperations.AddSourcePages, new ProjectAuditSourcePagesQuery
        {
            AuditId = audit.Id, Url = ["https://settings-shop.com/a", "https://settings-shop.com/b", "https://settings-shop.com/a"], FileName = "landing.txt",
        });
        Assert.Equal(2L, upload!.Added);
        var list = Assert.Single(await connection.ListAsync(ProjectAuditOperations.SourceLists, new ProjectAuditQuery { AuditId = audit.Id }));
        Assert.Equal(("landing.txt", 2L), (list.Name, list.Urls));
        Assert.Equal("1", (await connection.ReadSettingsAsync(audit.Id)).Single(s => s.Name == "source_file").Value);
        _ = await connection.SendAsync(ProjectAuditOperations.RemoveSourcePages, new ProjectAuditSourcePagesQuery { AuditId = audit.Id, ListId = list.ListId });
        Assert.Empty(await connection.ListAsync(ProjectAuditOperations.SourceLists, new ProjectAuditQuery { AuditId = audit.Id }));

        // A request the rate limit turned away (429, never acted on) may be sent again: only answered ones count.
        var requests = ProjectConnections.Requests(Emulator, account).Where(r => r.StatusCode is >= 200 and < 300).ToList();
        var lines = requests.Select(ProjectConnections.Line).ToList();
        var (a, s, l) = (audit.Id, listedSitemap.SitemapId, list.ListId);
        var expected = dialect == ProjectDialect.Legacy
            ? new[] { $"POST audit/{a}/settings", $"POST audit/{a}/settings/reset", $"DELETE audit/{a}/sitemaps/{s}", $"DELETE audit/{a}/source-pages/{l}" }
            : [$"PATCH v1/project-management/audits/settings?audit_id={a}", $"POST v1/project-management/audits/settings/reset?audit_id={a}",
               $"DELETE v1/project-management/audits/sitemaps?audit_id={a}&sitemap_id={s}", $"DELETE v1/project-management/audits/source-pages?audit_id={a}&list_id={l}"];
        Assert.All(expected, line => Assert.Contains(line, lines));
        var sent = requests.Single(r => r.Method == "POST" && r.Path.EndsWith("source-pages", StringComparison.Ordinal)).Body!;
        Assert.Contains("name=\"file\"; filename=\"landing.txt\"", sent, StringComparison.Ordinal);
        Assert.Contains("https://settings-shop.com/a\nhttps://settings-shop.com/b\r\n", sent, StringComparison.Ordinal);
        Assert.Contains("\"settings\":{\"max_pages\":500,\"schedule_type\":\"month\",\"schedule_day\":3,\"disabled_issues\":[\"title_duplicate\",\"http4xx\"]}", requests.First(r => r.Path.EndsWith("settings", StringComparison.Ordinal) && r.Method != "GET").Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_audit_that_ends_cancelled_is_a_failure_naming_it()
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, ProjectDialect.Unified);
        var audit = await connection.CreateProjectAuditAsync(new ProjectAuditCreateQuery { Domain = "cancel-me.audit-shop.com" });

        var observer = new Observer();
        _ = await connection.WaitForProjectAuditsAsync([audit.Id], new PollOptions { PollInterval = TimeSpan.FromMilliseconds(10) }, observer);

        var failure = Assert.IsType<JobEndedException>(Assert.Single(observer.Failures));
        Assert.Contains("project audit " + audit.Id, failure.Message, StringComparison.Ordinal);
        Assert.Contains("cancelled", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_input_sends_nothing()
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, ProjectDialect.Legacy);

        Assert.Equal("ScheduleDay", (await Assert.ThrowsAsync<InvalidInputException>(() => connection.CreateProjectAuditAsync(new ProjectAuditCreateQuery
        {
            Domain = "refused-shop.com", Settings = new ProjectAuditSettings { ScheduleType = "week", ScheduleDay = 3 },
        }))).ParamName);
        Assert.Equal("ReportEmail", (await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(ProjectAuditOperations.UpdateSettings, new ProjectAuditSettingsQuery
        {
            AuditId = 5, Settings = new ProjectAuditSettings { ReportEmail = ["not-an-address"] },
        }))).ParamName);
        Assert.Equal("AuditId", (await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(ProjectAuditOperations.UpdateSettings, new ProjectAuditSettingsQuery { AuditId = 5 }))).ParamName);
        Assert.Equal("IssueCode", (await Assert.ThrowsAsync<InvalidInputException>(() => connection.ListAsync(ProjectAuditOperations.IssuePages, new ProjectAuditIssuePagesQuery { AuditId = 5, Code = "Title Duplicate" }))).ParamName);
        Assert.Equal("Url", (await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(ProjectAuditOperations.AddSourcePages, new ProjectAuditSourcePagesQuery { AuditId = 5, Url = [] }))).ParamName);
        Assert.Equal("SitemapId", (await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(ProjectAuditOperations.RemoveSitemap, new ProjectAuditSitemapQuery { AuditId = 5 }))).ParamName);
        Assert.Equal("Date", (await Assert.ThrowsAsync<InvalidInputException>(() => connection.GetAsync(ProjectAuditOperations.History, new ProjectAuditHistoryQuery { AuditId = 5, Date = DateTime.Today.AddDays(2) }))).ParamName);

        Assert.Empty(ProjectConnections.Requests(Emulator, account));
    }

    [Fact]
    public void Every_operation_has_both_dialects_and_only_creating_writes_are_never_repeated()
    {
        Assert.Equal(21, ProjectAuditOperations.AllOperations.Length);
        Assert.All(ProjectAuditOperations.AllOperations, op => Assert.True(op.Routes!.Legacy is not null && op.Routes.Unified is not null, op.ToString()));
        var neverTwice = ProjectAuditOperations.AllOperations.Where(op => op.Safety == RequestSafety.CreatesPaidWork).ToList();
        Assert.Equal([ProjectAuditOperations.Create, ProjectAuditOperations.Recheck, ProjectAuditOperations.AddSitemap, ProjectAuditOperations.AddSourcePages], neverTwice);
        Assert.Contains(ProjectAuditOperations.AllOperations, op => ReferenceEquals(op, ProjectAuditOperations.Delete) && op.Safety == RequestSafety.Idempotent);
        Assert.Contains(OperationCatalog.All, op => ReferenceEquals(op, ProjectAuditOperations.RemoveSourcePages));
    }

    private sealed class Observer : IJobPollObserver<long, SiteAuditStatus>
    {
        public List<SiteAuditStatus> Finished { get; } = [];

        public List<Exception> Failures { get; } = [];

        public void Done(long job, SiteAuditStatus result) => Finished.Add(result);

        public void Failed(long job, Exception failure) => Failures.Add(failure);

        public void Progress(PollProgress progress)
        {
        }
    }
}

/// <summary>Retries of project-audit writes, on an emulator of their own (a fault is taken by the next matching request).</summary>
public class ProjectAuditRetryTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiEmulator Emulator => fixture.Emulator;

    [Fact]
    public async Task A_create_is_not_retried_after_a_server_error_and_a_rename_is()
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, ProjectDialect.Unified);
        var audit = await connection.CreateProjectAuditAsync(new ProjectAuditCreateQuery { Domain = "retry-audit.com" });

        Emulator.Faults.Add(new Fault { PathContains = "project-management/audits", Method = "PATCH", Kind = FaultKind.Status, Status = 500, Count = 1 });
        _ = await connection.SendAsync(ProjectAuditOperations.Rename, new ProjectAuditRenameQuery { AuditId = audit.Id, Title = "Retried" });
        Assert.Equal("Retried", account.Workspace.Audits().Find(audit.Id)!.Title);

        Emulator.Faults.Add(new Fault { PathContains = "project-management/audits", Method = "POST", Kind = FaultKind.Status, Status = 500, Count = 1 });
        var failure = await Assert.ThrowsAsync<ServerErrorException>(() => connection.CreateProjectAuditAsync(new ProjectAuditCreateQuery { Domain = "second-audit.com" }));
        Assert.Equal(1, failure.Attempts);
        Assert.Single(account.Workspace.Audits().All());
    }
}
