using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeRanking.Emulator;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Project;

/// <summary>
/// The AI Result Tracker cmdlets of the unified host only (cited sources, competitors) in a real
/// runspace: ids flowing down the pipeline, CSV output, and on a legacy connection a terminating
/// error naming Connect-SeRanking -ApiKey with nothing sent.
/// </summary>
[Collection(InModuleHost.Name)]
public sealed class AiTrackerSourceCmdletTests(ModuleHost host)
{
    private IReadOnlyList<LoggedRequest> RequestsOf(ProjectAccount account) =>
        host.Emulator.Requests.Snapshot()
            .Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key) || r.KeyFingerprint == RequestLog.FingerprintOf(account.UnifiedKey))
            .ToList();

    private ProjectAccount Tracked(bool unified)
    {
        var account = host.ConnectProject(unified);
        host.Run(
            """
            New-SrProject -Url cited-shop.com -Title Cited | Set-SrAiTrackerBrand -Brand 'Cited Shop'
            $engine = Get-SrProject | Add-SrAiTrackerEngine -Engine perplexity -CountryCode us
            1..12 | ForEach-Object { "question $_" } | Add-SrAiTrackerPrompt -SiteId $engine.SiteId -LlmId $engine.LlmId | Out-Null
            """).ThrowOnError();
        return account;
    }

    [Fact]
    public void Sources_and_competitors_flow_from_the_project_and_export_flat()
    {
        var account = Tracked(unified: true);
        var folder = Directory.CreateTempSubdirectory("airt-sources-");
        try
        {
            var run = host.Run(
                """
                Get-SrProject | Get-SrAiTrackerSourceSummary | ForEach-Object DomainsTotal
                Get-SrProject | Get-SrAiTrackerSource -SortBy domain -Ascending -First 3 | ForEach-Object Domain
                Get-SrProject | Get-SrAiTrackerSource -First 2 | Get-SrAiTrackerSourcePage | Export-Csv (Join-Path $dir pages.csv) -NoTypeInformation
                @(Get-SrProject | Get-SrAiTrackerSourceRecommendation).Count -gt 0
                $prompts = Get-SrProject | Get-SrAiTrackerEngine | Get-SrAiTrackerPrompt
                $prompts | Get-SrAiTrackerCompetitor -From (Get-Date).Date.AddDays(-1) -NoCachedCopyUrl | Export-Csv (Join-Path $dir competitors.csv) -NoTypeInformation
                $prompts | Select-Object -First 1 | Get-SrAiTrackerCompetitorDate -From (Get-Date).Date.AddDays(-2) | Get-SrAiTrackerCompetitorSource -ByUrl | Export-Csv (Join-Path $dir cited.csv) -NoTypeInformation
                """,
                new Dictionary<string, object?> { ["dir"] = folder.FullName }).ThrowOnError();

            Assert.Equal(["12", "cited-shop.com", "forbes.example", "medium.example", "True"], run.Output.Select(o => o.BaseObject.ToString()));
            foreach (var file in new[] { "pages.csv", "competitors.csv", "cited.csv" })
            {
                var lines = File.ReadAllLines(Path.Combine(folder.FullName, file));
                Assert.True(lines.Length > 1, file);
                Assert.DoesNotContain(lines, line => line.Contains("System.", StringComparison.Ordinal));
            }

            var competitors = File.ReadAllLines(Path.Combine(folder.FullName, "competitors.csv"));
            Assert.StartsWith("\"SiteId\",\"LlmId\",\"PromptLlmId\",\"Date\",\"DateTo\",\"Name\"", competitors[0], StringComparison.Ordinal);

            // 12 prompts × 2 days: one request for all of them.
            Assert.Single(RequestsOf(account), r => r.Path.EndsWith("airt/competitors", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void On_a_legacy_connection_a_unified_only_read_stops_naming_the_SE_Ranking_API_key_and_sends_nothing()
    {
        var account = Tracked(unified: false);
        var before = RequestsOf(account).Count;

        var run = host.Run("Get-SrProject | Get-SrAiTrackerSourceSummary");

        Assert.Contains(run.ErrorIds, id => id.StartsWith("NotInProjectDialect,", StringComparison.Ordinal));
        Assert.Contains("Connect-SeRanking -ApiKey", run.Terminating?.Message ?? string.Join(" ", run.Errors.Select(e => e.Exception.Message)), StringComparison.Ordinal);
        Assert.Equal(before + 1, RequestsOf(account).Count);
    }

    [Fact]
    public void A_range_beyond_366_days_is_refused_locally_naming_the_parameter()
    {
        var account = Tracked(unified: true);
        var before = RequestsOf(account).Count;

        var run = host.Run("Get-SrProject | Get-SrAiTrackerEngine | Get-SrAiTrackerPrompt -First 1 | Get-SrAiTrackerCompetitorDate -From (Get-Date).AddDays(-400)");

        Assert.Empty(run.Output);
        Assert.Contains(run.ErrorIds, id => id.StartsWith("InvalidInput,", StringComparison.Ordinal));
        Assert.Contains(run.Errors, e => e.Exception.Message.Contains("-From", StringComparison.Ordinal));
        Assert.Equal(before + 3, RequestsOf(account).Count);
    }
}
