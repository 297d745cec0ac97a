using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using SeRanking.Emulator;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Data;

/// <summary>The site-audit cmdlets in a real runspace against the emulator, whose audits crawl for a few seconds.</summary>
[Collection(InModuleHost.Name)]
public sealed class SiteAuditCmdletTests(ModuleHost host)
{
    [Fact]
    public void Start_Wait_and_the_report_read_as_one_line_into_Export_Csv_with_a_progress_bar_of_pages_crawled()
    {
        var account = host.ConnectData();
        var file = Path.Combine(Path.GetTempPath(), $"audit-{Guid.NewGuid():N}.csv");
        try
        {
            var run = host.Run(
                "Start-SrSiteAudit -Domain pages-60.example.com | Wait-SrSiteAudit -PollIntervalSec 1 | Get-SrSiteAuditReport | Export-Csv -LiteralPath $file -NoTypeInformation",
                Vars(("file", file))).ThrowOnError();

            var lines = File.ReadAllLines(file);
            Assert.Equal(9, lines.Length);
            Assert.StartsWith("\"AuditId\",\"Section\",\"SectionName\",\"Code\",\"Status\",\"Name\",\"Value\"", lines[0], StringComparison.Ordinal);
            Assert.Contains(lines, line => line.Contains("\"mixed_content\",\"error\",\"Mixed content\"", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, line => line.Contains("System.", StringComparison.Ordinal));
            Assert.Contains(run.Progress, p => p.StatusDescription.Contains("pages crawled", StringComparison.Ordinal));
            Assert.Contains(run.Progress, p => p.RecordType == ProgressRecordType.Completed);
            Assert.Equal(60 * 2, account.CreditsSpent);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void WhatIf_forecasts_max_pages_times_the_rate_and_sends_nothing()
    {
        var account = host.ConnectData();

        var run = host.Run("Start-SrSiteAudit -Domain shop.example.com -Advanced -WhatIf; Start-SrSiteAudit -Domain shop.example.com -MaxPages 250 -WhatIf; Restart-SrSiteAudit -AuditId 5 -MaxPages 40 -WhatIf").ThrowOnError();

        var lines = run.WhatIf.ToList();
        Assert.Equal(3, lines.Count);
        Assert.Contains("1,000 pages × 20 = 20,000 credits (upper bound)", lines[0], StringComparison.Ordinal);
        Assert.Contains("250 pages × 2 = 500 credits", lines[1], StringComparison.Ordinal);
        Assert.Contains("site-audit/audits/recheck/standard: 1 call, 40 pages × 2 = 80 credits", lines[2], StringComparison.Ordinal);
        Assert.Empty(RequestsOf(account));
    }

    [Fact]
    public void The_budget_holds_the_forecast_of_a_crawl_and_settles_on_the_pages_crawled()
    {
        var account = host.ConnectData(extra: "-CreditBudget 1000");

        var refused = host.Run("Start-SrSiteAudit -Domain pages-80.example.com");
        Assert.Contains(refused.ErrorIds, id => id.StartsWith("CreditBudgetExceeded,", StringComparison.Ordinal));
        Assert.Empty(RequestsOf(account));

        var started = host.Run("$script:audit = Start-SrSiteAudit -Domain pages-80.example.com -MaxPages 400; (Get-SrConnection | Where-Object Api -like '*Data*').CreditsSpent").ThrowOnError();
        var second = host.Run("Start-SrSiteAudit -Domain pages-80.example.com -MaxPages 300");
        Assert.Contains(second.ErrorIds, id => id.StartsWith("CreditBudgetExceeded,", StringComparison.Ordinal));

        var settled = host.Run("$script:audit | Wait-SrSiteAudit -PollIntervalSec 1 | Out-Null; (Get-SrConnection | Where-Object Api -like '*Data*').CreditsSpent").ThrowOnError();
        Assert.Equal(0L, Convert.ToInt64(started.Output.Single().BaseObject, CultureInfo.InvariantCulture));
        Assert.Equal(160L, Convert.ToInt64(settled.Output.Single().BaseObject, CultureInfo.InvariantCulture));
        Assert.Equal(160, account.CreditsSpent);

        // Settled, the hold no longer takes room: 840 credits are left.
        host.Run("Start-SrSiteAudit -Domain pages-80.example.com -MaxPages 400 | Out-Null").ThrowOnError();
    }

    [Fact]
    public void Cancelled_and_expired_audits_are_errors_naming_them_and_a_finished_one_still_goes_down_the_pipeline()
    {
        host.ConnectData();

        var run = host.Run("'cancel-shop.example.com', 'expire-shop.example.com', 'pages-20.example.com' | Start-SrSiteAudit | Wait-SrSiteAudit -PollIntervalSec 1");

        var finished = Assert.Single(run.Output);
        Assert.Equal("finished", finished.Properties["Status"].Value);
        var errors = run.Errors.Where(e => e.FullyQualifiedErrorId.StartsWith("JobFailed,", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Exception.Message.Contains("'cancelled'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Exception.Message.Contains("'expired'", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.IsType<long>(e.TargetObject));
    }

    [Fact]
    public void TimeoutSec_reports_the_audits_still_crawling_and_Ctrl_C_ends_the_wait_at_once()
    {
        host.ConnectData();

        var run = host.Run("Start-SrSiteAudit -Domain slow.example.com | Wait-SrSiteAudit -PollIntervalSec 1 -TimeoutSec 1");
        var stopped = host.RunAndStop("Start-SrSiteAudit -Domain slow.example.com | Wait-SrSiteAudit -PollIntervalSec 600", TimeSpan.FromSeconds(2));

        Assert.Empty(run.Output);
        var late = Assert.Single(run.Errors);
        Assert.StartsWith("WaitTimedOut,", late.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("Wait-SrSiteAudit -AuditId", late.Exception.Message, StringComparison.Ordinal);
        Assert.True(stopped < TimeSpan.FromSeconds(5), $"Stopping took {stopped}.");
    }

    [Fact]
    public void Report_rows_bind_to_the_pages_of_their_issue_and_page_rows_to_their_issues()
    {
        host.ConnectData();
        var id = FinishedAudit("pages-45.example.com");

        var issuePages = host.Run("Get-SrSiteAuditReport -AuditId $id | Where-Object Code -eq 'title_duplicate' | Get-SrSiteAuditPage -First 3", Vars(("id", id))).ThrowOnError();
        var issues = host.Run("Get-SrSiteAuditPage -Id $id -First 2 | Get-SrSiteAuditIssue", Vars(("id", id))).ThrowOnError();

        Assert.Equal(3, issuePages.Output.Count);
        Assert.All(issuePages.Output, p => Assert.Equal("title_duplicate", p.Properties["IssueCode"].Value));
        Assert.NotEmpty(issues.Output);
        Assert.Equal(["https://pages-45.example.com/", "https://pages-45.example.com/page-1"], issues.Output.Select(i => (string)i.Properties["Url"].Value).Distinct());
        Assert.All(issues.Output, i => Assert.Equal(id, i.Properties["AuditId"].Value));
    }

    [Fact]
    public void The_issue_codes_of_a_report_read_complete_IssueCode()
    {
        host.ConnectData();
        var id = FinishedAudit("pages-25.example.com");
        host.Run("Get-SrSiteAuditReport -AuditId $id | Out-Null", Vars(("id", id))).ThrowOnError();

        var completions = host.Run("$line = 'Get-SrSiteAuditPage -AuditId 1 -IssueCode title_'; (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText").ThrowOnError();

        Assert.Equal(["title_duplicate", "title_too_long"], completions.Output.Select(o => o.ToString()));
    }

    [Fact]
    public void Audits_are_listed_read_renamed_and_deleted()
    {
        var account = host.ConnectData();
        var id = FinishedAudit("pages-15.example.com");

        var listed = host.Run("Get-SrSiteAudit -Search pages-15").ThrowOnError();
        var renamed = host.Run("Set-SrSiteAudit -AuditId $id -Title 'Weekly shop audit' -PassThru | Get-SrSiteAudit", Vars(("id", id))).ThrowOnError();
        var history = host.Run("Get-SrSiteAuditHistory -AuditId $id -Date (Get-Date).AddDays(-1)", Vars(("id", id))).ThrowOnError();
        var links = host.Run("Get-SrSiteAuditLink -AuditId $id -Filter 'status=404' -First 5", Vars(("id", id))).ThrowOnError();
        var deleted = host.Run("Remove-SrSiteAudit -AuditId $id -Confirm:$false; Get-SrSiteAudit -AuditId $id", Vars(("id", id)));

        Assert.Equal(id, Assert.Single(listed.Output).Properties["Id"].Value);
        Assert.Equal("finished", Assert.Single(renamed.Output).Properties["Status"].Value);
        Assert.Contains(host.Emulator.Requests.Snapshot(), r => r.Method == "PATCH" && r.Body == "{\"title\":\"Weekly shop audit\"}" && r.KeyFingerprint == RequestLog.FingerprintOf(account.Key));
        Assert.Equal(15L, Assert.Single(history.Output).Properties["TotalPages"].Value);
        Assert.All(links.Output, l => Assert.Equal(404, l.Properties["Status"].Value));
        Assert.Contains(deleted.ErrorIds, e => e.StartsWith("ApiRefusedRequest,", StringComparison.Ordinal));
        Assert.Single(host.Emulator.Requests.Snapshot(), r => r.Method == "DELETE" && r.KeyFingerprint == RequestLog.FingerprintOf(account.Key));
    }

    [Fact]
    public void Restart_crawls_again_at_the_advanced_rate_and_passes_the_audit_on_to_Wait()
    {
        var account = host.ConnectData();
        var id = FinishedAudit("pages-30.example.com");
        var afterFirstCrawl = account.CreditsSpent;

        var run = host.Run("Restart-SrSiteAudit -AuditId $id -Advanced -MaxPages 30 | Wait-SrSiteAudit -PollIntervalSec 1", Vars(("id", id))).ThrowOnError();

        Assert.Equal("finished", Assert.Single(run.Output).Properties["Status"].Value);
        Assert.Equal(afterFirstCrawl + (30 * 20), account.CreditsSpent);
        Assert.Single(RequestsOf(account), r => r.Path == "v1/site-audit/audits/recheck/advanced");
    }

    [Fact]
    public void A_bad_setting_is_refused_before_sending_and_a_bad_domain_does_not_stop_the_next()
    {
        var account = host.ConnectData();

        var setting = host.Run("Start-SrSiteAudit -Domain shop.example.com -IgnoreParams All -CustomParams utm_source");
        var range = host.Run("Start-SrSiteAudit -Domain shop.example.com -MaxPages 300001");
        var domains = host.Run("'https://shop.example.com/a/page', 'pages-10.example.com' | Start-SrSiteAudit -MaxPages 10");

        Assert.Contains(setting.ErrorIds, id => id.StartsWith("InvalidInput,", StringComparison.Ordinal));
        Assert.Contains("-CustomParams", setting.Errors.Single().Exception.Message, StringComparison.Ordinal);
        Assert.NotNull(range.Terminating ?? (object?)range.Errors.SingleOrDefault());
        Assert.Contains(domains.ErrorIds, id => id.StartsWith("InvalidTarget,", StringComparison.Ordinal));
        Assert.Equal("pages-10.example.com", Assert.Single(domains.Output).Properties["Url"].Value);
        Assert.Single(RequestsOf(account));
    }

    private long FinishedAudit(string domain) =>
        (long)host.Run("(Start-SrSiteAudit -Domain $domain | Wait-SrSiteAudit -PollIntervalSec 1).AuditId", Vars(("domain", domain))).ThrowOnError().Output.Single().BaseObject;

    private static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);

    private List<LoggedRequest> RequestsOf(DataAccount account) =>
        host.Emulator.Requests.Snapshot().Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key)).ToList();
}
