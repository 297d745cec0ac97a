using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeRanking.Emulator;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Project;

/// <summary>The competitor cmdlets in a real runspace against the emulator, in both dialects.</summary>
[Collection(InModuleHost.Name)]
public sealed class ProjectCompetitorCmdletTests(ModuleHost host)
{
    public static TheoryData<bool> Dialects => new(true, false);

    private IReadOnlyList<LoggedRequest> RequestsOf(ProjectAccount account) =>
        host.Emulator.Requests.Snapshot()
            .Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key) || r.KeyFingerprint == RequestLog.FingerprintOf(account.UnifiedKey))
            .ToList();

    private void Project(string url) =>
        host.Run($"$p = New-SrProject -Url {url} -Title Rivals; $p | Add-SrProjectSearchEngine -SearchEngineId 200 | Out-Null; 'tent', 'boots' | Add-SrProjectKeyword -SiteId $p.SiteId | Out-Null").ThrowOnError();

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Competitors_are_added_from_the_pipeline_and_their_positions_export_as_flat_rows(bool unified)
    {
        var account = host.ConnectProject(unified);
        Project("rivals-shop.com");
        var folder = Directory.CreateTempSubdirectory("srcompetitors-");
        try
        {
            var csv = Path.Combine(folder.FullName, "positions.csv");
            var run = host.Run(
                """
                'rival-outdoor.com', 'campmarket.net' | Add-SrProjectCompetitor -SiteId (Get-SrProject -Name Rivals).SiteId
                Get-SrProject -Name Rivals | Get-SrProjectCompetitor -Name camp* | Get-SrProjectCompetitorPosition -From (Get-Date).Date.AddDays(-2) -To (Get-Date).Date.AddDays(-1) -IncludeSerpFeature | Export-Csv $csv -NoTypeInformation
                """,
                new Dictionary<string, object?> { ["csv"] = csv }).ThrowOnError();

            Assert.Equal(["rival-outdoor.com", "campmarket.net"], run.Output.Select(o => (string)o.Properties["Url"].Value));
            Assert.All(run.Output, o => Assert.True((long)o.Properties["CompetitorId"].Value > 0));
            var lines = File.ReadAllLines(csv);

            // One competitor × 2 keywords × 2 days.
            Assert.Equal(1 + 4, lines.Length);
            Assert.StartsWith("\"CompetitorId\",\"SiteEngineId\",\"KeywordId\",\"Keyword\",\"Date\",\"Position\",\"Change\",\"LandingPage\",\"SerpFeatures\"", lines[0], StringComparison.Ordinal);
            Assert.DoesNotContain(lines, line => line.Contains("System.", StringComparison.Ordinal));
            Assert.Equal(2, account.Workspace.Sites[0].Competitors.Count);

            host.Run("Get-SrProject -Name Rivals | Get-SrProjectCompetitor | Remove-SrProjectCompetitor -Confirm:$false").ThrowOnError();
            Assert.Empty(account.Workspace.Sites[0].Competitors);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Keywords_flow_to_their_top_10_or_top_N_and_check_dates_to_the_domain_metrics(bool unified)
    {
        var account = host.ConnectProject(unified);
        Project("serp-shop.com");

        var top10 = host.Run("$e = (Get-SrProject -Name Rivals | Get-SrProjectSearchEngine).SiteEngineId; Get-SrProject -Name Rivals | Get-SrProjectKeyword | Get-SrProjectSerpCompetitor -SiteEngineId $e -Date (Get-Date).Date.AddDays(-1)").ThrowOnError().Output;
        var top25 = host.Run("$e = (Get-SrProject -Name Rivals | Get-SrProjectSearchEngine).SiteEngineId; Get-SrProject -Name Rivals | Get-SrProjectKeyword -Keyword tent | Get-SrProjectSerpCompetitor -SiteEngineId $e -Date (Get-Date).Date.AddDays(-1) -Top 25").ThrowOnError().Output;
        var metrics = host.Run("Get-SrProject -Name Rivals | Get-SrProjectSearchEngine | Get-SrProjectCompetitorMetric -Date (Get-Date).Date.AddDays(-1)").ThrowOnError().Output;

        Assert.Equal(20, top10.Count);
        Assert.Equal(25, top25.Count);
        Assert.Equal(25L, top25[^1].Properties["Position"].Value);
        Assert.Contains(metrics, m => (string)m.Properties["Domain"].Value == "serp-shop.com");
        Assert.Contains(RequestsOf(account), r => r.Path.EndsWith(unified ? "competitors/serp100" : "/" + account.Workspace.Sites[0].Id, StringComparison.Ordinal) && r.QueryRedacted.Contains("top=25", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Competitor_writes_under_WhatIf_send_nothing(bool unified)
    {
        var account = host.ConnectProject(unified);
        var before = RequestsOf(account).Count;

        var run = host.Run("Add-SrProjectCompetitor -SiteId 8812345 -Url rival-outdoor.com -WhatIf; Remove-SrProjectCompetitor -CompetitorId 77001 -WhatIf").ThrowOnError();

        Assert.Equal(before, RequestsOf(account).Count);
        Assert.Equal(2, run.WhatIf.Count());
        Assert.Contains(run.WhatIf, line => line.Contains(unified ? "DELETE /v1/project-management/competitors" : "DELETE /competitors/{competitor_id}", StringComparison.Ordinal) && line.Contains("free", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_competitor_is_refused_locally_naming_the_parameter_and_the_next_one_is_added()
    {
        var account = host.ConnectProject(unified: true);
        host.Run("New-SrProject -Url bad-rivals.com -Title Bad | Out-Null").ThrowOnError();

        var run = host.Run("'not a site', 'rival-outdoor.com' | Add-SrProjectCompetitor -SiteId (Get-SrProject -Name Bad).SiteId");

        Assert.Null(run.Terminating);
        Assert.Equal("rival-outdoor.com", run.Output.Single().Properties["Url"].Value);
        var error = Assert.Single(run.Errors);
        Assert.Contains("Url 'not a site'", error.Exception.Message, StringComparison.Ordinal);
        Assert.Single(RequestsOf(account), r => r.Method == "POST" && r.Path.EndsWith("competitors", StringComparison.Ordinal));
    }

    [Fact]
    public void A_top_beyond_100_is_refused_while_binding()
    {
        host.ConnectProject(unified: true);

        var run = host.Run("Get-SrProjectSerpCompetitor -SiteId 1 -KeywordId 2 -SiteEngineId 3 -Date (Get-Date).Date -Top 101");

        Assert.NotNull(run.Terminating ?? run.Errors.FirstOrDefault()?.Exception);
        Assert.Contains("Top", (run.Terminating?.Message ?? string.Empty) + string.Join(" ", run.Errors.Select(e => e.Exception.Message)), StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_a_competitor_asks_first()
    {
        Assert.Equal("High", host.Run("(Get-Command Remove-SrProjectCompetitor).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact.ToString()").ThrowOnError().Output.Single().BaseObject);
    }
}
