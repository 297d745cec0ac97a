using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeRanking.Emulator;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Serpstat;

/// <summary>
/// Serpstat's asynchronous task cmdlets (volume checker, SERP crawling, domain classification) in
/// a real runspace against the emulator: Start- | Wait- | Get- pipelines binding by property
/// name, flat CSV, -WhatIf sending nothing, local refusals naming the parameter, timeouts.
/// </summary>
[Collection(InModuleHost.Name)]
public sealed class SerpstatTaskCmdletTests : IDisposable
{
    private const int Rate = 50;
    private readonly ModuleHost _host;
    private readonly int _rateBefore;

    public SerpstatTaskCmdletTests(ModuleHost host)
    {
        _host = host;
        _rateBefore = host.Emulator.Options.SerpstatRequestsPerSecond;
        host.Emulator.Options.SerpstatRequestsPerSecond = Rate;
    }

    public void Dispose() => _host.Emulator.Options.SerpstatRequestsPerSecond = _rateBefore;

    [Fact]
    public void Volume_check_start_wait_and_result_pipe_into_a_flat_csv()
    {
        var account = ConnectSerpstat();
        var file = Path.Combine(Path.GetTempPath(), $"serpstat-volume-{Guid.NewGuid():N}.csv");
        try
        {
            var run = _host.Run(
                "[pscustomobject]@{ Keyword = 'camping tent' }, [pscustomobject]@{ Keyword = 'hiking boots' } | Start-SerpstatVolumeCheck -RegionId 2840 | Wait-SerpstatVolumeCheck -PollIntervalSec 1 | Get-SerpstatVolumeCheckResult | Export-Csv -LiteralPath $file -NoTypeInformation",
                Vars(("file", file))).ThrowOnError();

            var lines = File.ReadAllLines(file);
            Assert.Equal(3, lines.Length);
            Assert.StartsWith("\"Keyword\",\"SearchVolume\"", lines[0], StringComparison.Ordinal);
            Assert.Contains("\"History\"", lines[0], StringComparison.Ordinal);
            Assert.Contains(lines, l => l.StartsWith("\"camping tent\"", StringComparison.Ordinal) && l.Contains("2025-01-01: ", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.Contains("System.", StringComparison.Ordinal));
            Assert.Equal(
                ["SerpstatTaskProcedure.addKeywordListFreq", "SerpstatTaskProcedure.getTaskStatus", "SerpstatTaskProcedure.getTaskStatus", "SerpstatTaskProcedure.getTaskResult"],
                RequestsOf(account).Select(r => r.Path));
            Assert.Equal(0, account.UsedLines);
            Assert.Contains(run.Progress, p => p.Activity == "Waiting for Serpstat volume checks");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Volume_check_WhatIf_sends_nothing_a_bad_input_is_refused_and_a_slow_task_times_out()
    {
        var account = ConnectSerpstat();

        var whatIf = _host.Run("Start-SerpstatVolumeCheck 'camping tent', 'tent' 2840 -WhatIf").ThrowOnError();
        var refused = _host.Run("Start-SerpstatVolumeCheck ('k' * 101) 2840");
        var late = _host.Run("Start-SerpstatVolumeCheck 'slow-tent' 2840 | Wait-SerpstatVolumeCheck -PollIntervalSec 1 -TimeoutSec 1");

        Assert.Contains(whatIf.WhatIf, l => l.Contains("Start a volume check of 2 keyword(s) in region 2840", StringComparison.Ordinal) && l.Contains("crawling balance", StringComparison.Ordinal));
        Assert.StartsWith("InvalidInput,", Assert.Single(refused.ErrorIds), StringComparison.Ordinal);
        Assert.Contains("Keyword", refused.Errors[0].Exception.Message, StringComparison.Ordinal);
        var timedOut = Assert.Single(late.Errors);
        Assert.StartsWith("WaitTimedOut,", timedOut.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("Wait-SerpstatVolumeCheck -TaskId vol-", timedOut.Exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, RequestsOf(account).Count(r => r.Path == "SerpstatTaskProcedure.addKeywordListFreq"));
    }

    [Fact]
    public void Serp_crawl_start_wait_and_results_pipe_into_a_flat_csv_and_the_html_of_each_keyword_is_saved_once()
    {
        var account = ConnectSerpstat();
        var file = Path.Combine(Path.GetTempPath(), $"serpstat-crawl-{Guid.NewGuid():N}.csv");
        var folder = Path.Combine(Path.GetTempPath(), $"serpstat-html-{Guid.NewGuid():N}");
        try
        {
            var task = _host.Run("'iphone', 'nike', ('k' * 101) | Start-SerpstatSerpCrawl -CountryId 2 -RegionId 2840");
            var id = (string)Assert.Single(task.Output).Properties["TaskId"].Value;
            _host.Run("Wait-SerpstatSerpCrawl -TaskId $id -PollIntervalSec 1 | Get-SerpstatSerpCrawlResult | Export-Csv -LiteralPath $file -NoTypeInformation", Vars(("id", id), ("file", file))).ThrowOnError();
            var pages = _host.Run("Get-SerpstatSerpCrawlResult $id | Get-SerpstatSerpCrawlHtml -OutFolder $folder", Vars(("id", id), ("folder", folder))).ThrowOnError();
            var balance = _host.Run("Get-SerpstatCrawlBalance").ThrowOnError();
            var list = _host.Run("Get-SerpstatSerpCrawl -First 5").ThrowOnError();

            Assert.StartsWith("InvalidInput,", Assert.Single(task.ErrorIds), StringComparison.Ordinal);
            var lines = File.ReadAllLines(file);
            Assert.Equal(21, lines.Length);
            Assert.StartsWith("\"TaskId\",\"KeywordId\",\"Keyword\",\"Position\",\"Url\"", lines[0], StringComparison.Ordinal);
            Assert.DoesNotContain(lines, l => l.Contains("System.", StringComparison.Ordinal));
            Assert.Equal(2, pages.Output.Count);
            Assert.Equal(2, Directory.GetFiles(folder, "*.html").Length);
            Assert.Contains("nike - Google Search", File.ReadAllText(Assert.Single(Directory.GetFiles(folder, "*-" + pages.Output[1].Properties["KeywordId"].Value + ".html"))), StringComparison.Ordinal);
            Assert.Equal(100m - (2 * 0.0015m), (decimal)Assert.Single(balance.Output).Properties["AvailableUsd"].Value);
            Assert.Equal(id, Assert.Single(list.Output).Properties["TaskId"].Value);
            Assert.Equal(1, RequestsOf(account).Count(r => r.Path == "tasks.addKeywordList"));
            Assert.Equal(2, RequestsOf(account).Count(r => r.Path == "tasks.getKeywordSerp"));
        }
        finally
        {
            File.Delete(file);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void Domains_to_classify_pipe_through_start_wait_and_get_into_a_flat_csv_and_WhatIf_sends_nothing()
    {
        var account = ConnectSerpstat();
        var file = Path.Combine(Path.GetTempPath(), $"serpstat-classes-{Guid.NewGuid():N}.csv");
        try
        {
            var whatIf = _host.Run("1..1500 | ForEach-Object { \"shop$_.example\" } | Start-SerpstatDomainClassification -WhatIf; Start-SerpstatSerpCrawl -KeywordText 'iphone, iphone x' -CountryId 2 -RegionId 2840 -WhatIf").ThrowOnError();
            Assert.Empty(RequestsOf(account));

            var run = _host.Run("[pscustomobject]@{ Domain = 'nike.com' }, 'adidas.com', 'x' | Start-SerpstatDomainClassification | Wait-SerpstatDomainClassification -PollIntervalSec 1 | Get-SerpstatDomainClassification | Export-Csv -LiteralPath $file -NoTypeInformation", Vars(("file", file)));
            var tasks = _host.Run("Get-SerpstatDomainClassificationTask").ThrowOnError();

            Assert.Equal(3, whatIf.WhatIf.Count());
            Assert.Contains(whatIf.WhatIf, l => l.Contains("Classify 1,000 domains (shop1.example…)", StringComparison.Ordinal) && l.Contains("30.00 USD", StringComparison.Ordinal));
            Assert.Contains(whatIf.WhatIf, l => l.Contains("Classify 500 domains (shop1001.example…)", StringComparison.Ordinal));
            Assert.Contains(whatIf.WhatIf, l => l.Contains("tasks.addTask", StringComparison.Ordinal) && l.Contains("iphone, iphone x", StringComparison.Ordinal));
            Assert.Single(run.Errors);
            var lines = File.ReadAllLines(file);
            Assert.Equal(3, lines.Length);
            Assert.StartsWith("\"Domain\",\"Category\",\"Confidence\",\"Categories\"", lines[0], StringComparison.Ordinal);
            Assert.DoesNotContain(lines, l => l.Contains("System.", StringComparison.Ordinal));
            Assert.Equal("finished", Assert.Single(tasks.Output).Properties["State"].Value);
            Assert.Equal(1, RequestsOf(account).Count(r => r.Path == "DomainClassification.addTask"));
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
