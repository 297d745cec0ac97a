using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeRanking.Emulator;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Serpstat;

/// <summary>The Serpstat rank-tracker cmdlets in a real runspace against the emulator: pipeline binding from projects to regions to status and history, CSV output and local refusals.</summary>
[Collection(InModuleHost.Name)]
public sealed class SerpstatRankTrackerCmdletTests : IDisposable
{
    private const int Rate = 50;
    private readonly ModuleHost _host;
    private readonly int _rateBefore;

    public SerpstatRankTrackerCmdletTests(ModuleHost host)
    {
        _host = host;
        _rateBefore = host.Emulator.Options.SerpstatRequestsPerSecond;
        host.Emulator.Options.SerpstatRequestsPerSecond = Rate;
    }

    public void Dispose() => _host.Emulator.Options.SerpstatRequestsPerSecond = _rateBefore;

    [Fact]
    public void Projects_pipe_into_regions_and_regions_into_status_and_history_by_their_columns()
    {
        var account = ConnectSerpstat();

        var regions = _host.Run("Get-SerpstatRankTrackerProject | Get-SerpstatRankTrackerRegion").ThrowOnError().Output;
        var status = _host.Run("Get-SerpstatRankTrackerRegion 101 | Get-SerpstatRankTrackerUpdate | ForEach-Object Parsing").ThrowOnError().Output;
        var history = _host.Run("Get-SerpstatRankTrackerRegion 250 | Get-SerpstatRankTrackerHistory -First 2").ThrowOnError().Output;

        Assert.Equal(6, regions.Count);
        Assert.Equal([101L, 101L, 250L, 250L, 1200L, 1200L], regions.Select(o => (long)o.Properties["ProjectId"].Value));
        Assert.Equal(["False", "True"], status.Select(o => o.ToString()));
        Assert.Equal(4, history.Count);
        Assert.Equal([11L, 11L, 12L, 12L], history.Select(o => (long)o.Properties["RegionId"].Value));
        Assert.Equal(0, account.UsedLines);
    }

    [Theory]
    [InlineData("Get-SerpstatRankTrackerProject", "TrackingEnabled")]
    [InlineData("Get-SerpstatRankTrackerRegion 101", "SearchEngine")]
    [InlineData("Get-SerpstatRankTrackerUpdate 101 11", "Parsing")]
    [InlineData("Get-SerpstatRankTrackerHistory 101 11 -WithTags", "History")]
    [InlineData("Get-SerpstatRankTrackerHistory 101 11 -Top100 -Keyword 'camping tent'", "History")]
    [InlineData("Get-SerpstatRankTrackerCompetitor 250 12 -SortBy domain", "Domain")]
    public void Rows_export_to_csv_with_flat_columns(string command, string column)
    {
        ConnectSerpstat();
        var file = Path.Combine(Path.GetTempPath(), $"serpstat-rt-{Guid.NewGuid():N}.csv");
        try
        {
            _host.Run($"{command} | Export-Csv -LiteralPath $file -NoTypeInformation", new Dictionary<string, object?> { ["file"] = file }).ThrowOnError();

            var lines = File.ReadAllLines(file);
            Assert.True(lines.Length >= 2, $"{command} wrote {lines.Length - 1} rows.");
            Assert.Contains($"\"{column}\"", lines[0], StringComparison.Ordinal);
            Assert.DoesNotContain(lines, line => line.Contains("System.", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_bad_input_is_refused_before_sending_and_an_unknown_project_is_that_inputs_error()
    {
        var account = ConnectSerpstat();

        var run = _host.Run("Get-SerpstatRankTrackerHistory 101 11 -Top100 -Domain shop.example; Get-SerpstatRankTrackerHistory 101 11 -From 2026-10-05 -To 2026-10-01; 999, 101 | Get-SerpstatRankTrackerRegion | ForEach-Object ProjectId");

        Assert.Equal(["InvalidInput", "InvalidInput", "ApiRefusedRequest"], run.ErrorIds.Select(id => id.Split(',')[0]));
        Assert.Contains("-Top100", run.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Equal(["101", "101"], run.Output.Select(o => o.ToString()));
        Assert.Equal(2, RequestsOf(account).Count);
    }

    private SerpstatAccount ConnectSerpstat(long lines = 1_000_000)
    {
        var account = _host.Emulator.Accounts.AddSerpstat(lines);
        _host.Run($"Connect-Serpstat -Token $token -ApiUrl $url -RequestsPerSecond {Rate} -MaxRetries 1 | Out-Null", new Dictionary<string, object?> { ["token"] = account.Token, ["url"] = _host.Emulator.SerpstatApiUrl.AbsoluteUri }).ThrowOnError();
        return account;
    }

    private List<LoggedRequest> RequestsOf(SerpstatAccount account) =>
        _host.Emulator.Requests.Snapshot().Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Token)).ToList();
}
