using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Operations.Polling;
using SeRanking.Engine.Serpstat.Audit;
using SeRanking.Engine.Serpstat.Tasks;

namespace SeRanking.Engine.Tests.Serpstat;

/// <summary>
/// Serpstat's site audit and one-page audit (§16) against the emulator: start once, wait with the
/// shared poller, read reports as one row per issue, issue pages and their sub-elements, history,
/// settings round-tripped (set then get shows the change), one-page scan/rescan/stop/remove with
/// state; no lines spent; refused queries send nothing.
/// </summary>
public class SerpstatAuditTests(FastSerpstatFixture fixture) : IClassFixture<FastSerpstatFixture>
{
    private static readonly PollOptions Quick = new() { PollInterval = TimeSpan.FromMilliseconds(20) };

    [Fact]
    public async Task A_site_audit_starts_once_is_waited_for_and_its_report_reads_as_one_row_per_issue()
    {
        var (connection, account) = fixture.Connect();

        var started = await connection.GetAsync(SerpstatAuditOperations.Start, new SerpstatAuditQuery { ProjectId = 4321 });
        var observer = new LongRecorder<SerpstatAuditBasicInfo>();
        var unfinished = await connection.WaitAsync([started.ReportId], Quick, observer);
        var report = await connection.GetAsync(SerpstatAuditOperations.Report, new SerpstatAuditQuery { ReportId = started.ReportId, CompareReportId = 432101 });
        var issues = SerpstatAuditOperations.IssuesOf(report);
        var categories = await connection.ListAsync(SerpstatAuditOperations.Categories, new SerpstatAuditQuery { ReportId = started.ReportId });
        var reports = await connection.ListAsync(SerpstatAuditOperations.List, new SerpstatAuditQuery { ProjectId = 4321 });
        var elements = new List<SerpstatAuditIssueElement>();
        await foreach (var row in connection.StreamAsync(SerpstatAuditOperations.Elements, new SerpstatAuditQuery { ReportId = started.ReportId, ProjectId = 4321, Issue = "errors_400" }, RowWindow.Everything))
        {
            elements.Add(row);
        }

        var subElements = await connection.ListAsync(SerpstatAuditOperations.SubElements, new SerpstatAuditQuery { ReportId = started.ReportId, ProjectId = 4321, Issue = "errors_400", Crc = elements[0].Crc });
        var history = await connection.ListAsync(SerpstatAuditOperations.History, new SerpstatAuditQuery { ProjectId = 4321, Issue = "no_title" });
        var urls = SerpstatAuditOperations.UrlsOf(await connection.GetAsync(SerpstatAuditOperations.UrlList, new SerpstatAuditQuery { ProjectId = 4321 }), 4321).ToList();
        await connection.ListAsync(SerpstatAuditOperations.Export, new SerpstatAuditQuery { ReportId = started.ReportId, ExportType = "puppeter_pdf" });

        Assert.Equal(4321, started.ProjectId);
        Assert.True(started.ReportId > 432100);
        Assert.Empty(unfinished);
        var done = Assert.Single(observer.Done);
        Assert.Equal(("finished", 100, started.ReportId), (done.Status, done.Progress!.Value, done.ReportId));
        Assert.Equal(6, issues.Count);
        Assert.Contains(issues, i => i.Category == "http_status_code" && i.Issue == "errors_400" && i.Priority == "high" && i.CountAll > 0 && i.CountNew == 2 && i.CountFixed == 1 && i.ReportId == started.ReportId);
        Assert.Contains("errors_400", SerpstatAuditIssues.Known);
        Assert.Equal(["meta_tags", "http_status_code"], categories.Select(c => c.Category));
        Assert.Equal([started.ReportId, 432102L, 432101L], reports.Select(r => r.ReportId));
        Assert.All(reports, r => Assert.Equal(4321, r.ProjectId));
        Assert.True(elements.Count > 10, $"{elements.Count} elements");
        Assert.All(elements, e => Assert.True(e.Code == 404 && e.StartUrl!.Contains("/errors_400/", StringComparison.Ordinal) && e.Issue == "errors_400" && e.ProjectId == 4321 && e.Crc > 0));
        Assert.Equal(3, subElements.Count);
        Assert.All(subElements, s => Assert.True(s.Url.Contains($"/linked/{elements[0].Crc}/", StringComparison.Ordinal) && s.Crc == elements[0].Crc));
        Assert.Equal(3, history.Count);
        Assert.All(history, h => Assert.True(h.Count > 0 && h.Issue == "no_title"));
        Assert.Equal(3, urls.Count);
        Assert.Equal(0, account.UsedLines);
        Assert.Equal(1, fixture.RequestsOf(account).Count(r => r.Path == "AuditSite.start"));
        Assert.Equal(1, fixture.RequestsOf(account).Count(r => r.Path == "AuditSite.getErrorElements"));
        var earlier = await connection.GetAsync(SerpstatAuditOperations.BasicInfo, new SerpstatAuditQuery { ReportId = 432101 });
        Assert.Equal((432101L, "finished", true), (earlier.ReportId, earlier.Status, earlier.HasDetailData));
    }

    [Fact]
    public async Task Settings_set_then_read_show_the_change_and_keep_the_rest_and_a_stopped_audit_fails_the_wait()
    {
        var (connection, _) = fixture.Connect();

        var defaults = await connection.GetAsync(SerpstatAuditOperations.DefaultSettings, NoQuery.Value);
        var before = await connection.GetAsync(SerpstatAuditOperations.Settings, new SerpstatAuditQuery { ProjectId = 55 });
        var after = await connection.SetSettingsAsync(new SerpstatAuditSettingsQuery { ProjectId = 55, ScanSpeed = 12, Name = "Shop audit", DontScanKeywords = "cart" });
        var slow = await connection.GetAsync(SerpstatAuditOperations.Start, new SerpstatAuditQuery { ProjectId = 199 });
        await connection.ListAsync(SerpstatAuditOperations.Stop, new SerpstatAuditQuery { ProjectId = 199 });
        var observer = new LongRecorder<SerpstatAuditBasicInfo>();
        await connection.WaitAsync([slow.ReportId], Quick, observer);

        Assert.Equal((3, 500L), (defaults.ScanSpeed!.Value, defaults.PagesLimit!.Value));
        Assert.Equal(("project-55.example.com", 3), (before.Domain, before.ScanSpeed!.Value));
        Assert.Equal((55L, "project-55.example.com", "Shop audit", 12, 500L, "cart"), (after.ProjectId!.Value, after.Domain, after.Name, after.ScanSpeed!.Value, after.PagesLimit!.Value, after.DontScanKeywords));
        Assert.Contains("long_title=65", after.Thresholds, StringComparison.Ordinal);
        var stopped = Assert.IsType<JobEndedException>(Assert.Single(observer.Failed).Failure);
        Assert.Equal("stopped", stopped.State);
    }

    [Fact]
    public async Task A_one_page_audit_is_scanned_waited_for_read_rescanned_and_removed()
    {
        var (connection, account) = fixture.Connect();

        var scan = await connection.GetAsync(SerpstatPageAuditOperations.Scan, new SerpstatPageAuditQuery { Url = "https://shop.example.com/pricing", UserAgent = 2 });
        var observer = new LongRecorder<SerpstatOnePageReport>();
        await connection.WaitAsync([scan.PageId!.Value], Quick, observer);
        var latest = SerpstatAuditOperations.IssuesOf(await connection.GetAsync(SerpstatPageAuditOperations.PageReport, new SerpstatPageAuditQuery { PageId = scan.PageId }));
        var byReport = SerpstatAuditOperations.IssuesOf(await connection.GetAsync(SerpstatPageAuditOperations.Report, new SerpstatPageAuditQuery { ReportId = scan.ReportId }));
        var rows = await connection.ListAsync(SerpstatPageAuditOperations.ErrorRows, new SerpstatPageAuditQuery { ReportId = scan.ReportId, Issue = "no_title" });
        var again = await connection.GetAsync(SerpstatPageAuditOperations.Rescan, new SerpstatPageAuditQuery { PageId = scan.PageId, Name = "Pricing" });
        var reports = await connection.ListAsync(SerpstatPageAuditOperations.Reports, new SerpstatPageAuditQuery { PageId = scan.PageId });
        var pages = await connection.ListAsync(SerpstatPageAuditOperations.Pages, new SerpstatPageAuditQuery());
        var names = await connection.ListAsync(SerpstatPageAuditOperations.Names, new SerpstatPageAuditQuery());
        var log = await connection.ListAsync(SerpstatPageAuditOperations.Log, new SerpstatPageAuditQuery { ReportId = scan.ReportId });
        await connection.ListAsync(SerpstatPageAuditOperations.Stop, new SerpstatPageAuditQuery { PageId = scan.PageId });
        await connection.ListAsync(SerpstatPageAuditOperations.Remove, new SerpstatPageAuditQuery { PageId = scan.PageId });
        var afterRemove = await connection.ListAsync(SerpstatPageAuditOperations.Pages, new SerpstatPageAuditQuery());
        var gone = await Assert.ThrowsAnyAsync<ApiException>(() => connection.GetAsync(SerpstatPageAuditOperations.PageReport, new SerpstatPageAuditQuery { PageId = scan.PageId }));

        Assert.True(scan.ReportId > 0);
        Assert.Equal(100, Assert.Single(observer.Done).Progress);
        Assert.Equal(6, latest.Count);
        Assert.All(latest, i => Assert.Equal((scan.PageId, scan.ReportId), (i.PageId, i.ReportId)));
        Assert.Equal(latest.Select(i => i.Issue), byReport.Select(i => i.Issue));
        Assert.True(rows.Count > 4 && rows.All(r => r.Url.Contains("/no_title/", StringComparison.Ordinal) && r.Issue == "no_title"));
        Assert.Equal((scan.PageId, scan.ReportId + 1), (again.PageId, again.ReportId));
        Assert.Equal([scan.ReportId + 1, scan.ReportId], reports.Select(r => r.Id));
        Assert.Equal(scan.PageId, Assert.Single(pages).PageId);
        Assert.Equal(("https://shop.example.com/pricing", 2), (pages[0].Url, pages[0].UserAgent!.Value));
        Assert.Equal("https://shop.example.com/pricing", Assert.Single(names).Name);
        Assert.Equal(4, log.Count);
        Assert.Empty(afterRemove);
        Assert.Contains("Page not found", gone.Message, StringComparison.Ordinal);
        Assert.Equal(0, account.UsedLines);
    }

    [Fact]
    public async Task Refused_audit_queries_send_nothing()
    {
        var (connection, account) = fixture.Connect();

        var speed = await Assert.ThrowsAsync<InvalidInputException>(() => connection.ListAsync(SerpstatAuditOperations.SetSettings, new SerpstatAuditSettingsQuery { ProjectId = 5, ScanSpeed = 31 }));
        var nothing = await Assert.ThrowsAsync<InvalidInputException>(() => connection.ListAsync(SerpstatAuditOperations.SetSettings, new SerpstatAuditSettingsQuery { ProjectId = 5 }));
        var issue = await Assert.ThrowsAsync<InvalidInputException>(() => connection.ListAsync(SerpstatAuditOperations.History, new SerpstatAuditQuery { ProjectId = 5, Issue = "Errors 400" }));
        var format = await Assert.ThrowsAsync<InvalidInputException>(() => connection.ListAsync(SerpstatAuditOperations.Export, new SerpstatAuditQuery { ReportId = 5, ExportType = "csv" }));
        var agent = await Assert.ThrowsAsync<InvalidInputException>(() => connection.GetAsync(SerpstatPageAuditOperations.Scan, new SerpstatPageAuditQuery { Url = "https://example.com/", UserAgent = 6 }));
        var url = await Assert.ThrowsAnyAsync<ArgumentException>(() => connection.GetAsync(SerpstatPageAuditOperations.Scan, new SerpstatPageAuditQuery { Url = "not a url" }));

        Assert.Equal(["ScanSpeed", "Name", "Issue", "ExportType", "UserAgent", "Url"], new[] { speed.ParamName!, nothing.ParamName!, issue.ParamName!, format.ParamName!, agent.ParamName!, url.ParamName! });
        Assert.Empty(fixture.RequestsOf(account));
    }

    /// <summary>What a wait for jobs of numeric ids reported.</summary>
    internal sealed class LongRecorder<T> : IJobPollObserver<long, T>
    {
        public List<T> Done { get; } = [];

        public List<(long Job, Exception Failure)> Failed { get; } = [];

        void IJobPollObserver<long, T>.Done(long job, T result) => Done.Add(result);

        void IJobPollObserver<long, T>.Failed(long job, Exception failure) => Failed.Add((job, failure));

        void IJobPollObserver<long, T>.Progress(PollProgress progress)
        {
        }
    }
}
