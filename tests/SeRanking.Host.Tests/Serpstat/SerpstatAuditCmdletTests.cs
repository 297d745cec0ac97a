using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeRanking.Emulator;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Serpstat;

/// <summary>
/// Serpstat's site and one-page audit cmdlets in a real runspace against the emulator: the
/// Start- | Wait- | Get-…Report | Export-Csv pipelines, issue pages bound from report rows,
/// settings changed and read back, -WhatIf sending nothing, refusals naming the parameter,
/// Remove at ConfirmImpact High.
/// </summary>
[Collection(InModuleHost.Name)]
public sealed class SerpstatAuditCmdletTests : IDisposable
{
    private const int Rate = 50;
    private readonly ModuleHost _host;
    private readonly int _rateBefore;

    public SerpstatAuditCmdletTests(ModuleHost host)
    {
        _host = host;
        _rateBefore = host.Emulator.Options.SerpstatRequestsPerSecond;
        host.Emulator.Options.SerpstatRequestsPerSecond = Rate;
    }

    public void Dispose() => _host.Emulator.Options.SerpstatRequestsPerSecond = _rateBefore;

    [Fact]
    public void Site_audit_start_wait_and_report_pipe_into_a_flat_csv_and_report_rows_bind_to_the_issue_pages()
    {
        var account = ConnectSerpstat();
        var file = Path.Combine(Path.GetTempPath(), $"serpstat-audit-{Guid.NewGuid():N}.csv");
        try
        {
            var run = _host.Run("Start-SerpstatSiteAudit 4321 | Wait-SerpstatSiteAudit -PollIntervalSec 1 | Get-SerpstatSiteAuditReport | Export-Csv -LiteralPath $file -NoTypeInformation", Vars(("file", file))).ThrowOnError();
            var pages = _host.Run("Get-SerpstatSiteAuditReport 432101 | Where-Object Priority -eq 'high' | Get-SerpstatSiteAuditIssue -ProjectId 4321 -First 3").ThrowOnError();
            var subs = _host.Run("Get-SerpstatSiteAuditIssue 432101 errors_500 -ProjectId 4321 -First 1 | Get-SerpstatSiteAuditIssue").ThrowOnError();
            var reads = _host.Run("Get-SerpstatSiteAudit 4321; Get-SerpstatSiteAuditReport 432101 -ByCategory; Get-SerpstatSiteAuditHistory 4321 errors_400; Get-SerpstatSiteAuditUrlList 4321; Export-SerpstatSiteAudit 432101 -Format puppeter_pdf").ThrowOnError();

            var lines = File.ReadAllLines(file);
            Assert.Equal(7, lines.Length);
            Assert.StartsWith("\"ReportId\",\"PageId\",\"Category\",\"Issue\",\"Priority\"", lines[0], StringComparison.Ordinal);
            Assert.DoesNotContain(lines, l => l.Contains("System.", StringComparison.Ordinal));
            Assert.Contains(run.Progress, p => p.Activity == "Waiting for Serpstat site audits");
            Assert.Equal(9, pages.Output.Count);
            Assert.Equal(["no_title", "errors_400", "errors_500"], pages.Output.Select(o => (string)o.Properties["Issue"].Value).Distinct());
            Assert.Equal(3, subs.Output.Count);
            Assert.All(subs.Output, o => Assert.Contains("/linked/1000000/", (string)o.Properties["Url"].Value, StringComparison.Ordinal));
            Assert.Contains(reads.Output, o => o.Properties["Category"]?.Value as string == "meta_tags" && o.Properties["HighCount"] is not null);
            Assert.Contains(reads.Output, o => o.Properties["Url"]?.Value is string url && url.EndsWith("/listed-1", StringComparison.Ordinal));
            Assert.Equal(1, RequestsOf(account).Count(r => r.Path == "AuditSite.start"));
            Assert.Equal(1, RequestsOf(account).Count(r => r.Path == "AuditSite.export"));
            Assert.Equal(0, account.UsedLines);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Settings_change_only_what_is_given_WhatIf_sends_nothing_and_bad_values_are_refused_locally()
    {
        var account = ConnectSerpstat();

        var whatIf = _host.Run("Set-SerpstatSiteAuditSetting 55 -ScanSpeed 9 -WhatIf; Start-SerpstatSiteAudit 55 -WhatIf; Start-SerpstatPageAudit https://example.com/ -WhatIf; Remove-SerpstatPageAudit 7001 -WhatIf").ThrowOnError();
        Assert.Empty(RequestsOf(account));
        var refused = _host.Run("Set-SerpstatSiteAuditSetting 55; Get-SerpstatSiteAuditHistory 55 'Bad Key'");
        var set = _host.Run("Set-SerpstatSiteAuditSetting 55 -ScanSpeed 9 -Name 'Shop' -PassThru | Export-Csv -LiteralPath $file -NoTypeInformation; Get-SerpstatSiteAuditSetting 55", Vars(("file", Path.Combine(Path.GetTempPath(), $"serpstat-settings-{Guid.NewGuid():N}.csv")))).ThrowOnError();

        Assert.Equal(4, whatIf.WhatIf.Count());
        Assert.Contains(whatIf.WhatIf, l => l.Contains("change the site-audit settings of project 55 (-ScanSpeed)", StringComparison.Ordinal));
        Assert.Contains(whatIf.WhatIf, l => l.Contains("audit credit per page", StringComparison.Ordinal));
        Assert.Contains(whatIf.WhatIf, l => l.Contains("10 audit credits", StringComparison.Ordinal));
        Assert.Equal(2, refused.Errors.Count);
        Assert.All(refused.ErrorIds, id => Assert.StartsWith("InvalidInput,", id, StringComparison.Ordinal));
        var stop = _host.Run("Start-SerpstatSiteAudit 199 | Out-Null; Stop-SerpstatSiteAudit 199 -PassThru").ThrowOnError();
        Assert.Equal(199L, Assert.Single(stop.Output).Properties["ProjectId"].Value);
        var settings = Assert.Single(set.Output);
        Assert.Equal((9, "Shop", "project-55.example.com", 500L), ((int)settings.Properties["ScanSpeed"].Value, (string)settings.Properties["Name"].Value, (string)settings.Properties["Domain"].Value, (long)settings.Properties["PagesLimit"].Value));
    }

    [Fact]
    public void One_page_audits_start_wait_report_and_remove_with_the_pipeline()
    {
        var account = ConnectSerpstat();
        var file = Path.Combine(Path.GetTempPath(), $"serpstat-page-{Guid.NewGuid():N}.csv");
        try
        {
            var started = _host.Run("Start-SerpstatPageAudit https://shop.example.com/pricing, 'not a url'");
            _host.Run("$started | Wait-SerpstatPageAudit -PollIntervalSec 1 | Get-SerpstatPageAuditReport | Export-Csv -LiteralPath $file -NoTypeInformation", Vars(("file", file), ("started", started.Output[0]))).ThrowOnError();
            var reads = _host.Run("Get-SerpstatPageAudit | Get-SerpstatPageAuditHistory; Get-SerpstatPageAudit -NamesOnly; Get-SerpstatPageAuditReport -PageId (Get-SerpstatPageAudit).PageId | Where-Object Issue -eq 'no_title' | Get-SerpstatPageAuditIssue -First 2; Get-SerpstatPageAuditLog (Get-SerpstatPageAudit).LastReportId").ThrowOnError();
            var stopped = _host.Run("Get-SerpstatPageAudit | Stop-SerpstatPageAudit -PassThru").ThrowOnError();
            var removed = _host.Run("Get-SerpstatPageAudit | Remove-SerpstatPageAudit -Confirm:$false; Get-SerpstatPageAudit").ThrowOnError();
            Assert.Equal(started.Output[0].Properties["PageId"].Value, Assert.Single(stopped.Output).Properties["PageId"].Value);

            Assert.StartsWith("InvalidTarget,", Assert.Single(started.ErrorIds), StringComparison.Ordinal);
            var lines = File.ReadAllLines(file);
            Assert.Equal(7, lines.Length);
            Assert.DoesNotContain(lines, l => l.Contains("System.", StringComparison.Ordinal));
            Assert.Equal(1 + 1 + 2 + 4, reads.Output.Count);
            Assert.Empty(removed.Output);
            Assert.Equal(1, RequestsOf(account).Count(r => r.Path == "AuditOnePage.scan"));
            Assert.Equal(1, RequestsOf(account).Count(r => r.Path == "AuditOnePage.remove"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private SerpstatAccount ConnectSerpstat(long lines = 1_000_000)
    {
        var account = _host.Emulator.Accounts.AddSerpstat(lines);
        _host.Run($"Connect-Serpstat -Token $token -ApiUrl $url -RequestsPerSecond {Rate} -MaxRetries 1 | Out-Null", Vars(("token", account.Token), ("url", _host.Emulator.SerpstatApiUrl.AbsoluteUri))).ThrowOnError();
        return account;
    }

    private List<LoggedRequest> RequestsOf(SerpstatAccount account) =>
        _host.Emulator.Requests.Snapshot().Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Token)).ToList();

    private static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);
}
