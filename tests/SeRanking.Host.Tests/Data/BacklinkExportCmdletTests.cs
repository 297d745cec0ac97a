using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeRanking.Emulator;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Data;

/// <summary>Start-, Wait- and Receive-SrBacklinkExport in a real runspace against the emulator.</summary>
[Collection(InModuleHost.Name)]
public sealed class BacklinkExportCmdletTests(ModuleHost host)
{
    [Fact]
    public void Start_Wait_and_Receive_stream_the_exported_backlinks_into_Export_Csv()
    {
        var account = host.ConnectData();
        var file = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.csv");
        try
        {
            var run = host.Run(
                "Start-SrBacklinkExport -Target rows-500.example.com -Mode domain | Wait-SrBacklinkExport -PollIntervalSec 1 | Receive-SrBacklinkExport | Export-Csv -LiteralPath $file -NoTypeInformation",
                Vars(("file", file))).ThrowOnError();

            var lines = File.ReadAllLines(file);
            Assert.Equal(501, lines.Length);
            Assert.StartsWith("\"Target\",\"Mode\",\"UrlFrom\",\"UrlTo\",\"Anchor\",\"Nofollow\"", lines[0], StringComparison.Ordinal);
            Assert.StartsWith("\"rows-500.example.com\",\"domain\",\"https://site", lines[1], StringComparison.Ordinal);
            Assert.DoesNotContain(lines, line => line.Contains("System.", StringComparison.Ordinal));
            Assert.Contains(run.Progress, p => p.Activity.Contains("backlink exports", StringComparison.Ordinal));
            Assert.Equal(500, account.CreditsSpent);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Under_a_credit_budget_an_export_is_held_at_its_backlink_count_and_refused_when_it_does_not_fit()
    {
        var account = host.ConnectData(extra: "-CreditBudget 1000");

        var refused = host.Run("Start-SrBacklinkExport -Target rows-250000.example.com");

        Assert.Contains(refused.ErrorIds, id => id.StartsWith("CreditBudgetExceeded,", StringComparison.Ordinal));
        var sent = RequestsOf(account).Select(r => r.Path).ToList();
        Assert.Equal(["v1/backlinks/count"], sent);
        Assert.Equal(10, account.CreditsSpent);

        host.Run("Connect-SeRanking -DataApiKey $key -DataApiUrl $url -CreditBudget 1000 | Out-Null", Vars(("key", account.Key), ("url", host.Emulator.DataApiUrl.AbsoluteUri))).ThrowOnError();
        var started = host.Run("Start-SrBacklinkExport -Target rows-500.example.com -Verbose | Wait-SrBacklinkExport -PollIntervalSec 1 | Out-Null; (Get-SrConnection | Where-Object Api -like '*Data*').CreditsSpent").ThrowOnError();

        Assert.Equal(510L, Convert.ToInt64(started.Output.Single().BaseObject, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(started.Verbose, line => line.Contains("500 live backlinks", StringComparison.Ordinal));
    }

    [Fact]
    public void OutFile_writes_the_CSV_decompressed_or_the_gzip_as_it_came_and_outputs_the_file()
    {
        host.ConnectData();
        var folder = Directory.CreateTempSubdirectory("seranking-export-").FullName;
        try
        {
            var run = host.Run(
                "$ready = Start-SrBacklinkExport -Target rows-1200.example.com | Wait-SrBacklinkExport -PollIntervalSec 1; $ready | Receive-SrBacklinkExport -OutFile $folder; $ready | Receive-SrBacklinkExport -OutFile (Join-Path $folder 'raw.csv.gz') -Compressed",
                Vars(("folder", folder))).ThrowOnError();

            var files = run.Output.Select(o => (string)o.Properties["Path"].Value).ToList();
            Assert.Equal(2, files.Count);
            Assert.Matches("backlinks-7_[0-9]+\\.csv$", files[0]);
            Assert.Equal(1201, File.ReadAllLines(files[0]).Length);
            Assert.Equal(new FileInfo(files[0]).Length, run.Output[0].Properties["BytesWritten"].Value);
            Assert.Equal([0x1F, 0x8B], File.ReadAllBytes(files[1]).Take(2));
            Assert.Equal(false, run.Output[1].Properties["Decompressed"].Value);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_rejected_start_stops_the_command_and_the_next_target_is_not_exported()
    {
        var account = host.ConnectData();

        var run = host.Run("'reject-quota.example.com', 'example.com' | Start-SrBacklinkExport");

        Assert.Empty(run.Output);
        Assert.Contains(run.ErrorIds, id => id.StartsWith("JobFailed,", StringComparison.Ordinal));
        Assert.Contains("quota", (run.Terminating?.Message ?? string.Empty) + string.Concat(run.Errors.Select(e => e.Exception.Message)), StringComparison.Ordinal);
        Assert.Single(RequestsOf(account));
    }

    [Fact]
    public void Receiving_an_export_still_running_says_to_wait_first()
    {
        host.ConnectData();

        var run = host.Run("Start-SrBacklinkExport -Target example.com | Receive-SrBacklinkExport");

        var error = Assert.Single(run.Errors);
        Assert.StartsWith("JobNotDone,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("Wait-SrBacklinkExport", error.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIf_names_the_rate_of_both_sources_and_sends_nothing()
    {
        var account = host.ConnectData();

        var run = host.Run("Start-SrBacklinkExport -Target example.com, shop.example.com -WhatIf").ThrowOnError();

        Assert.Equal(2, run.WhatIf.Count());
        Assert.All(run.WhatIf, line => Assert.Contains("1 credit per backlink exported", line, StringComparison.Ordinal));
        Assert.All(run.WhatIf, line => Assert.Contains("1,000 per export", line, StringComparison.Ordinal));
        Assert.Empty(RequestsOf(account));
    }

    [Fact]
    public void Select_Object_First_stops_reading_the_file()
    {
        host.ConnectData();

        var run = host.Run("Start-SrBacklinkExport -Target rows-250000.example.com | Wait-SrBacklinkExport -PollIntervalSec 1 | Receive-SrBacklinkExport | Select-Object -First 5").ThrowOnError();

        Assert.Equal(5, run.Output.Count);
        Assert.All(run.Output, row => Assert.Equal("rows-250000.example.com", row.Properties["Target"].Value));
    }

    private static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);

    private List<LoggedRequest> RequestsOf(DataAccount account) =>
        host.Emulator.Requests.Snapshot().Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key)).ToList();
}
