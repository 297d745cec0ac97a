using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeRanking.Emulator;
using SeRanking.Emulator.Project;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Project;

/// <summary>
/// The project-audit cmdlets in a real PowerShell runspace against the emulator, in both dialects:
/// the whole flow (New | Wait | report | Export-Csv), ids by property name from one cmdlet to the
/// next, settings, sitemaps and uploaded URL lists, -WhatIf sending nothing, per-input errors.
/// </summary>
[Collection(InModuleHost.Name)]
public sealed class ProjectAuditCmdletTests(ModuleHost host)
{
    public static TheoryData<bool> Dialects => new(true, false);

    private IReadOnlyList<LoggedRequest> RequestsOf(ProjectAccount account) =>
        host.Emulator.Requests.Snapshot()
            .Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key) || r.KeyFingerprint == RequestLog.FingerprintOf(account.UnifiedKey))
            .ToList();

    [Theory]
    [MemberData(nameof(Dialects))]
    public void An_audit_is_created_waited_for_and_its_report_pages_and_links_exported_then_renamed_rechecked_and_removed(bool unified)
    {
        var account = host.ConnectProject(unified);
        var folder = Directory.CreateTempSubdirectory("srprojectaudit-");
        try
        {
            var reportCsv = Path.Combine(folder.FullName, "report.csv");
            var pagesCsv = Path.Combine(folder.FullName, "pages.csv");
            var run = host.Run(
                """
                New-SrProjectAudit -Domain pages-120.audit-flow.com -Title 'Flow audit' -MaxPages 100 -ScheduleType week -ScheduleWeekday 1, 4 |
                    Wait-SrProjectAudit -PollIntervalSec 1 |
                    Get-SrProjectAuditReport | Export-Csv $reportCsv -NoTypeInformation
                $audit = Get-SrProjectAudit -Search flow
                $audit | Get-SrProjectAuditPage -First 5 | Export-Csv $pagesCsv -NoTypeInformation
                $issuePages = Get-SrProjectAuditReport -AuditId $audit.Id | Where-Object Code -eq http4xx | Get-SrProjectAuditPage
                $issues = $audit | Get-SrProjectAuditPage -First 1 | Get-SrProjectAuditIssue
                $links = $audit | Get-SrProjectAuditLink -PageType external -First 3
                $history = $audit | Get-SrProjectAuditHistory -Date (Get-Date).Date.AddDays(-1)
                $renamed = $audit | Set-SrProjectAudit -Title 'Flow audit (weekly)' -PassThru
                $again = $audit | Restart-SrProjectAudit
                $audit | Remove-SrProjectAudit -Confirm:$false
                @($issuePages).Count
                @($issues).Count -gt 0
                @($links).Count
                $history.AuditId -eq $audit.Id
                $renamed.Title
                $again.Status
                @(Get-SrProjectAudit).Count
                """,
                new Dictionary<string, object?> { ["reportCsv"] = reportCsv, ["pagesCsv"] = pagesCsv }).ThrowOnError();

            Assert.Equal(["20", "True", "3", "True", "Flow audit (weekly)", "queued", "0"], run.Output.Select(o => o.BaseObject.ToString()));
            var report = File.ReadAllLines(reportCsv);
            Assert.StartsWith("\"AuditId\",\"Section\",\"SectionName\",\"Code\",\"Status\",\"Name\",\"Value\"", report[0], StringComparison.Ordinal);
            Assert.Contains(report, line => line.Contains("\"title_duplicate\"", StringComparison.Ordinal));
            var pages = File.ReadAllLines(pagesCsv);
            Assert.Equal(6, pages.Length);
            Assert.DoesNotContain(report.Concat(pages), line => line.Contains("System.", StringComparison.Ordinal));
            Assert.Contains(run.Progress, p => p.StatusDescription.Contains("pages crawled", StringComparison.Ordinal));
            Assert.Empty(account.Workspace.Audits().All());

            var requests = RequestsOf(account);
            Assert.Single(requests, r => r.Method == "POST" && r.Path.EndsWith(unified ? "audits" : "audit/create", StringComparison.Ordinal));
            Assert.Contains("\"schedule_wdays\":[1,4]", requests[0].Body, StringComparison.Ordinal);
            Assert.Contains(requests, r => r.Method == (unified ? "PATCH" : "POST") && r.Path.EndsWith(unified ? "audits" : "/edit", StringComparison.Ordinal));
            Assert.Contains(requests, r => r.Method == (unified ? "DELETE" : "POST") && r.Path.EndsWith(unified ? "audits" : "/delete", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Settings_sitemaps_and_url_lists_are_changed_and_removed_through_the_pipeline(bool unified)
    {
        var account = host.ConnectProject(unified);
        var folder = Directory.CreateTempSubdirectory("srprojectaudit-");
        try
        {
            var urlsCsv = Path.Combine(folder.FullName, "urls.csv");
            File.WriteAllLines(urlsCsv, ["url", .. Enumerable.Range(1, 40).Select(i => $"https://sources-shop.com/p/{i}")]);
            var run = host.Run(
                """
                $audit = New-SrProjectAudit sources-shop.com
                $set = $audit | Set-SrProjectAuditSetting -ScheduleType month -ScheduleDay 9 -ReportEmail a@sources-shop.com, b@sources-shop.com -DisabledIssue http4xx -PassThru
                ($audit | Get-SrProjectAuditSetting -Name schedule_*, report_emails | ForEach-Object { "$($_.Name)=$($_.Value)" }) -join ';'
                $sitemaps = 'https://sources-shop.com/sitemap.xml', 'https://sources-shop.com/blog.xml' | Add-SrProjectAuditSitemap -AuditId $audit.Id
                $sitemaps.Count
                $audit | Get-SrProjectAuditSitemap | Where-Object Url -like '*blog*' | Remove-SrProjectAuditSitemap -Confirm:$false
                @($audit | Get-SrProjectAuditSitemap).Count
                $list = Import-Csv $urlsCsv | Add-SrProjectAuditSourcePage -AuditId $audit.Id -FileName products.txt
                "$($list.Name)=$($list.Urls)"
                $audit | Get-SrProjectAuditSourcePage | Remove-SrProjectAuditSourcePage -Confirm:$false
                @($audit | Get-SrProjectAuditSourcePage).Count
                $reset = $audit | Reset-SrProjectAuditSetting -Confirm:$false -PassThru
                ($reset | Where-Object Name -eq schedule_type).Value
                @($set).Count -gt 5
                """,
                new Dictionary<string, object?> { ["urlsCsv"] = urlsCsv }).ThrowOnError();

            Assert.Equal(
                ["schedule_type=month;schedule_day=9;report_emails=a@sources-shop.com,b@sources-shop.com", "2", "1", "products.txt=40", "0", "manual", "True"],
                run.Output.Select(o => o.BaseObject.ToString()));
            var requests = RequestsOf(account);
            Assert.Single(requests, r => r.Method == "POST" && r.Path.EndsWith("source-pages", StringComparison.Ordinal));
            Assert.Equal(2, requests.Count(r => r.Method == "POST" && r.Path.EndsWith("sitemaps", StringComparison.Ordinal)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Writes_under_WhatIf_say_what_would_change_and_send_nothing(bool unified)
    {
        var account = host.ConnectProject(unified);
        host.Run("New-SrProjectAudit whatif-audit.com | Out-Null").ThrowOnError();
        var before = RequestsOf(account).Count;

        var run = host.Run(
            """
            $id = (Get-SrProjectAudit).Id
            New-SrProjectAudit other-audit.com -WhatIf
            Set-SrProjectAudit -AuditId $id -Title Renamed -WhatIf
            Restart-SrProjectAudit $id -WhatIf
            Set-SrProjectAuditSetting -AuditId $id -MaxPages 50 -WhatIf
            Reset-SrProjectAuditSetting $id -WhatIf
            Add-SrProjectAuditSitemap -AuditId $id -Url https://whatif-audit.com/sitemap.xml -WhatIf
            Remove-SrProjectAuditSitemap -AuditId $id -SitemapId 7 -WhatIf
            'https://whatif-audit.com/a' | Add-SrProjectAuditSourcePage -AuditId $id -WhatIf
            Remove-SrProjectAuditSourcePage -AuditId $id -ListId 7 -WhatIf
            Remove-SrProjectAudit $id -WhatIf
            """).ThrowOnError();

        var lines = run.WhatIf.ToList();
        Assert.Equal(10, lines.Count);
        Assert.All(lines, line => Assert.Contains("free", line, StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains(unified ? "DELETE /v1/project-management/audits:" : "POST /audit/{audit_id}/delete:", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains(unified ? "PATCH /v1/project-management/audits/settings:" : "POST /audit/{audit_id}/settings:", StringComparison.Ordinal));

        // Only the list read to find the id was sent.
        Assert.Equal(before + 1, RequestsOf(account).Count);
        Assert.Single(account.Workspace.Audits().All());
    }

    [Fact]
    public void A_bad_input_is_its_own_error_named_by_its_parameter_and_the_next_one_runs()
    {
        var account = host.ConnectProject(unified: true);
        host.Run("New-SrProjectAudit errors-audit.com | Out-Null").ThrowOnError();
        var before = RequestsOf(account).Count;

        var run = host.Run(
            """
            $id = (Get-SrProjectAudit).Id
            'not a url', 'https://errors-audit.com/sitemap.xml' | Add-SrProjectAuditSitemap -AuditId $id
            Set-SrProjectAuditSetting -AuditId $id -ScheduleType week -ScheduleDay 4
            Set-SrProjectAuditSetting -AuditId $id -ReportEmail 'nobody'
            """);

        Assert.Null(run.Terminating);
        Assert.Single(run.Output);
        Assert.Equal(3, run.Errors.Count);
        Assert.Equal(2, run.ErrorIds.Count(id => id.StartsWith("InvalidInput,", StringComparison.Ordinal)));
        Assert.Single(run.ErrorIds, id => id.StartsWith("InvalidTarget,", StringComparison.Ordinal));
        Assert.Contains(run.Errors, e => e.Exception is ArgumentException { ParamName: "Url" });
        Assert.Contains(run.Errors, e => e.Exception is ArgumentException { ParamName: "ScheduleDay" });
        Assert.Contains(run.Errors, e => e.Exception is ArgumentException { ParamName: "ReportEmail" });

        // The list read, then the one good sitemap.
        Assert.Equal(before + 2, RequestsOf(account).Count);
    }

    [Fact]
    public void An_audit_that_ends_cancelled_is_an_error_naming_it_and_removes_ask_first()
    {
        host.ConnectProject(unified: false);

        var run = host.Run("New-SrProjectAudit cancel-this.audit-flow.com | Wait-SrProjectAudit -PollIntervalSec 1");

        Assert.Empty(run.Output);
        var error = Assert.Single(run.Errors);
        Assert.Contains("cancelled", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("project audit", error.Exception.Message, StringComparison.Ordinal);
        foreach (var name in new[] { "Remove-SrProjectAudit", "Remove-SrProjectAuditSitemap", "Remove-SrProjectAuditSourcePage", "Reset-SrProjectAuditSetting" })
        {
            Assert.Equal("High", host.Run($"(Get-Command {name}).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact.ToString()").ThrowOnError().Output.Single().BaseObject);
        }
    }
}
