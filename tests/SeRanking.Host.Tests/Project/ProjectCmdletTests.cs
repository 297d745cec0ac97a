using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using SeRanking.Emulator;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Project;

/// <summary>
/// The Project API cmdlets in a real PowerShell runspace against the emulator, in both dialects:
/// connecting, the admin session of issue 13, pipeline binding by property name, CSV output,
/// -WhatIf, per-input errors and plan refusals.
/// </summary>
[Collection(InModuleHost.Name)]
public sealed class ProjectCmdletTests(ModuleHost host)
{
    public static TheoryData<bool> Dialects => new(true, false);

    private IReadOnlyList<LoggedRequest> RequestsOf(ProjectAccount account) =>
        host.Emulator.Requests.Snapshot()
            .Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key) || r.KeyFingerprint == RequestLog.FingerprintOf(account.UnifiedKey))
            .ToList();

    [Fact]
    public void One_key_connects_both_SE_Ranking_APIs_and_the_connection_shows_its_dialect()
    {
        var account = host.ConnectProject(unified: true);

        var connections = host.Run("Get-SrConnection").ThrowOnError().Output;

        var data = connections.Single(c => (string)c.Properties["Api"].Value == "SE Ranking Data API");
        var project = connections.Single(c => (string)c.Properties["Api"].Value == "SE Ranking Project API");
        Assert.Null(data.Properties["Dialect"].Value);
        Assert.Equal("Unified", project.Properties["Dialect"].Value);
        Assert.Equal(host.Emulator.DataApiUrl, project.Properties["BaseUrl"].Value);
        Assert.StartsWith("SE Ranking API key " + account.UnifiedKey[..4], (string)project.Properties["Key"].Value, StringComparison.Ordinal);
        Assert.Equal("-ApiKey", project.Properties["KeySource"].Value);

        // The same token reads the Data API too.
        Assert.Single(host.Run("Get-SrDataSubscription").ThrowOnError().Output);
    }

    [Fact]
    public void A_legacy_key_keeps_api4_and_a_UUID_given_as_the_project_key_means_the_unified_host()
    {
        host.ConnectProject(unified: false);
        Assert.Equal("Legacy", host.Run("Get-SrConnection | Where-Object Api -eq 'SE Ranking Project API'").ThrowOnError().Output.Single().Properties["Dialect"].Value);

        var account = host.Emulator.Accounts.AddProject();
        var run = host.Run("Connect-SeRanking -ProjectApiKey $key -ProjectApiUrl $url", new Dictionary<string, object?> { ["key"] = account.UnifiedKey, ["url"] = host.Emulator.DataApiUrl.AbsoluteUri }).ThrowOnError();
        Assert.Equal("Unified", run.Output.Single().Properties["Dialect"].Value);
        Assert.Single(host.Run("Get-SrAccountProfile").ThrowOnError().Output);
        Assert.Equal("GET", RequestsOf(account).Single().Method);
        Assert.Equal("v1/project-management/users/me", RequestsOf(account).Single().Path);
    }

    [Fact]
    public void A_recheck_still_running_at_TimeoutSec_is_a_WaitTimedOut_error_naming_the_command_to_wait_again_and_Ctrl_C_ends_the_wait()
    {
        var account = host.ConnectProject(unified: true);
        account.Workspace.RecheckReadsUntilDone = 1000;
        var site = (long)host.Run("New-SrProject -Url https://slow-checks.example -Title 'Slow checks' | Select-Object -ExpandProperty SiteId").ThrowOnError().Output.Single().BaseObject;

        var run = host.Run($"Start-SrProjectRecheck {site} | Wait-SrProjectRecheck -PollIntervalSec 1 -TimeoutSec 1");
        var stopped = host.RunAndStop($"Start-SrProjectRecheck {site} | Wait-SrProjectRecheck -PollIntervalSec 600", TimeSpan.FromSeconds(2));

        Assert.Empty(run.Output);
        var late = Assert.Single(run.Errors);
        Assert.StartsWith("WaitTimedOut,", late.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains($"Wait-SrProjectRecheck -SiteId {site}", late.Exception.Message, StringComparison.Ordinal);
        Assert.True(stopped < TimeSpan.FromSeconds(5), $"Stopping took {stopped}.");
    }

    [Fact]
    public void The_account_balance_on_a_unified_connection_stops_naming_the_legacy_key_it_needs()
    {
        var account = host.ConnectProject(unified: true);

        var run = host.Run("Get-SrAccountBalance");

        Assert.Contains(run.ErrorIds, id => id.StartsWith("NotInProjectDialect,", StringComparison.Ordinal));
        Assert.Contains("Connect-SeRanking -ProjectApiKey", run.Terminating?.Message ?? string.Join(" ", run.Errors.Select(e => e.Exception.Message)), StringComparison.Ordinal);
        Assert.Empty(RequestsOf(account));
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void An_admin_session_creates_a_project_adds_500_keywords_from_a_CSV_rechecks_exports_and_removes_everything(bool unified)
    {
        var account = host.ConnectProject(unified);
        account.Workspace.RecheckReadsUntilDone = 2;
        var folder = Directory.CreateTempSubdirectory("srproject-");
        try
        {
            var keywordsCsv = Path.Combine(folder.FullName, "keywords.csv");
            File.WriteAllLines(keywordsCsv, ["keyword,target_url", .. Enumerable.Range(1, 500).Select(i => $"outdoor gear {i},https://outdoor-shop.com/gear/{i}")]);
            var positionsCsv = Path.Combine(folder.FullName, "positions.csv");

            var run = host.Run(
                """
                $project = New-SrProject -Url outdoor-shop.com -Title 'Outdoor shop'
                $engine = $project | Add-SrProjectSearchEngine -SearchEngineId 200 -Language en
                $added = Import-Csv $keywordsCsv | Add-SrProjectKeyword -SiteId $project.SiteId
                $engine | Start-SrProjectRecheck | Wait-SrProjectRecheck -PollIntervalSec 1 | Out-Null
                Get-SrProject -Name outdoor* | Get-SrProjectPosition -From (Get-Date).Date.AddDays(-2) | Export-Csv $positionsCsv -NoTypeInformation
                Get-SrProjectKeyword -SiteId $project.SiteId | Remove-SrProjectKeyword -Confirm:$false
                $engine | Remove-SrProjectSearchEngine -Confirm:$false
                $project | Remove-SrProject -Confirm:$false
                @($added).Count
                @(Get-SrProject).Count
                """,
                new Dictionary<string, object?> { ["keywordsCsv"] = keywordsCsv, ["positionsCsv"] = positionsCsv }).ThrowOnError();

            Assert.Equal([500, 0], run.Output.Select(o => (int)o.BaseObject));
            var lines = File.ReadAllLines(positionsCsv);

            // 500 keywords × 3 days (two days back, and today once rechecked).
            Assert.Equal(1 + 1500, lines.Length);
            Assert.StartsWith("\"SiteId\",\"SiteEngineId\",\"KeywordId\",\"Keyword\",\"GroupId\",\"Date\",\"Position\",\"Change\"", lines[0], StringComparison.Ordinal);
            Assert.DoesNotContain(lines, line => line.Contains("System.", StringComparison.Ordinal));
            Assert.Empty(account.Workspace.Sites);

            var requests = RequestsOf(account);
            Assert.Single(requests, r => r.Method == "POST" && r.Path.EndsWith("keywords", StringComparison.Ordinal));
            // 500 keyword ids in three requests of up to 200, then the engine and the project.
            Assert.Equal(5, requests.Count(r => r.Method == "DELETE"));
            Assert.Contains("\"target_url\":\"https://outdoor-shop.com/gear/1\"", requests.First(r => r.Method == "POST" && r.Path.EndsWith("keywords", StringComparison.Ordinal)).Body, StringComparison.Ordinal);
            Assert.True(requests.All(r => r.StatusCode is >= 200 and < 300), string.Join(" | ", requests.Select(r => $"{r.Method} {r.Path}?{r.QueryRedacted} {r.StatusCode}")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Projects_flow_by_property_name_to_their_engines_keywords_summary_and_dates()
    {
        host.ConnectProject(unified: true);
        host.Run("New-SrProject -Url flow-shop.com -Title 'Flow shop' | Add-SrProjectSearchEngine -SearchEngineId 411 -RegionName 'Berlin, Berlin, Germany' | Out-Null; 'zelt', 'wanderschuhe' | Add-SrProjectKeyword -SiteId (Get-SrProject -Name flow*).SiteId | Out-Null").ThrowOnError();

        var engines = host.Run("Get-SrProject -Name 'Flow*' | Get-SrProjectSearchEngine").ThrowOnError().Output;
        var keywords = host.Run("Get-SrProject -Name 'flow-shop*' | Get-SrProjectKeyword -Keyword 'w*'").ThrowOnError().Output;
        var summary = host.Run("Get-SrProject -Name Flow* | Get-SrProjectSummary").ThrowOnError().Output;
        var dates = host.Run("Get-SrProject -Name Flow* | Get-SrProjectSearchEngine | Get-SrProjectCheckDate -From (Get-Date).Date.AddDays(-3)").ThrowOnError().Output;
        var trend = host.Run("Get-SrProject -Name Flow* | Get-SrProjectRankingTrend -Metric top10 -From (Get-Date).Date.AddDays(-1)").ThrowOnError().Output;
        var historical = host.Run("Get-SrProject -Name Flow* | Get-SrProjectHistoricalDate").ThrowOnError().Output;
        var ads = host.Run("Get-SrProject -Name Flow* | Get-SrProjectAdStat -From (Get-Date).Date.AddDays(-1)").ThrowOnError().Output;

        Assert.Equal("Berlin, Berlin, Germany", Assert.Single(engines).Properties["RegionName"].Value);
        Assert.Equal("wanderschuhe", Assert.Single(keywords).Properties["Keyword"].Value);
        Assert.Equal(2L, Assert.Single(summary).Properties["KeywordCount"].Value);
        Assert.Equal(3, dates.Count);
        var series = trend.Select(t => (string)t.Properties["Series"].Value).Distinct().ToList();
        Assert.Equal([(string)engines[0].Properties["SiteEngineId"].Value.ToString()!, "average"], series);
        Assert.Contains(historical, h => (string)h.Properties["Period"].Value == "yesterday");
        Assert.Single(ads);
    }

    [Fact]
    public void A_keyword_piped_from_the_list_brings_its_text_so_its_target_page_can_change()
    {
        host.ConnectProject(unified: false);
        host.Run("$p = New-SrProject -Url text-shop.com -Title Text; 'tent' | Add-SrProjectKeyword -SiteId $p.SiteId | Out-Null").ThrowOnError();

        var changed = host.Run("Get-SrProject -Name text* | Get-SrProjectKeyword | Set-SrProjectKeyword -TargetUrl https://text-shop.com/tents -PassThru").ThrowOnError().Output.Single();

        Assert.Equal(("tent", "https://text-shop.com/tents"), ((string)changed.Properties["Keyword"].Value, (string)changed.Properties["TargetUrl"].Value));
    }

    [Fact]
    public void A_bad_keyword_is_its_own_error_and_the_rest_are_added_in_one_request()
    {
        var account = host.ConnectProject(unified: true);
        host.Run("New-SrProject -Url errors-shop.com -Title Errors | Out-Null").ThrowOnError();

        var run = host.Run("'tent', '   ', ('x' * 300), 'boots' | Add-SrProjectKeyword -SiteId (Get-SrProject -Name errors*).SiteId");

        Assert.Null(run.Terminating);
        Assert.Equal(["tent", "boots"], run.Output.Select(o => (string)o.Properties["Keyword"].Value));
        Assert.Equal(2, run.ErrorIds.Count(id => id.StartsWith("InvalidInput,", StringComparison.Ordinal)));
        Assert.Single(RequestsOf(account), r => r.Method == "POST" && r.Path.EndsWith("keywords", StringComparison.Ordinal));
    }

    [Fact]
    public void A_project_the_account_lacks_is_an_error_for_that_input_and_the_next_one_runs()
    {
        host.ConnectProject(unified: true);
        host.Run("New-SrProject -Url next-shop.com -Title Next | Add-SrProjectSearchEngine -SearchEngineId 200 | Out-Null").ThrowOnError();

        var run = host.Run("999, (Get-SrProject -Name next*).SiteId | Get-SrProjectSearchEngine");

        Assert.Null(run.Terminating);
        Assert.Contains(run.ErrorIds, id => id.StartsWith("ApiRefusedRequest,", StringComparison.Ordinal));
        Assert.Single(run.Output);
    }

    [Fact]
    public void The_plans_keyword_limit_stops_the_command()
    {
        var account = host.ConnectProject(unified: true);
        account.Workspace.MaxKeywords = 1;
        host.Run("New-SrProject -Url limit-shop.com -Title Limit | Out-Null").ThrowOnError();

        var run = host.Run("'tent', 'boots' | Add-SrProjectKeyword -SiteId (Get-SrProject -Name limit*).SiteId");

        Assert.Empty(run.Output);
        var error = Assert.Single(run.Errors);
        Assert.StartsWith("PlanLimitReached,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("Limit reached", error.Exception.Message, StringComparison.Ordinal);
        Assert.Empty(account.Workspace.Sites[0].Keywords);
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Writes_under_WhatIf_say_what_would_change_in_the_connected_dialect_and_send_nothing(bool unified)
    {
        var account = host.ConnectProject(unified);
        host.Run("New-SrProject -Url whatif-shop.com -Title WhatIf | Add-SrProjectSearchEngine -SearchEngineId 200 | Out-Null; 'tent' | Add-SrProjectKeyword -SiteId (Get-SrProject).SiteId | Out-Null").ThrowOnError();
        var before = RequestsOf(account).Count;

        var run = host.Run(
            """
            $p = [pscustomobject]@{ SiteId = $site; SiteEngineId = $engine; KeywordId = $keyword }
            New-SrProject -Url other-shop.com -Title Other -WhatIf
            $p | Set-SrProject -Title Renamed -WhatIf
            $p | Add-SrProjectSearchEngine -SearchEngineId 411 -WhatIf
            $p | Set-SrProjectSearchEngine -MergeMap Include -WhatIf
            'boots' | Add-SrProjectKeyword -SiteId $site -WhatIf
            $p | Set-SrProjectKeyword -Keyword tents -WhatIf
            $p | Set-SrProjectPosition -Date (Get-Date).Date.AddDays(-1) -Position 4 -WhatIf
            $p | Start-SrProjectRecheck -WhatIf
            $p | Remove-SrProjectKeyword -WhatIf
            $p | Remove-SrProjectSearchEngine -WhatIf
            $p | Remove-SrProject -WhatIf
            """,
            new Dictionary<string, object?>
            {
                ["site"] = account.Workspace.Sites[0].Id,
                ["engine"] = account.Workspace.Sites[0].Engines[0].Id,
                ["keyword"] = account.Workspace.Sites[0].Keywords[0].Id,
            }).ThrowOnError();

        Assert.Equal(before, RequestsOf(account).Count);
        var lines = run.WhatIf.ToList();
        Assert.Equal(11, lines.Count);
        Assert.All(lines, line => Assert.Contains("free", line, StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains(unified ? "DELETE /v1/project-management/sites:" : "DELETE /sites/{site_id}:", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains(unified ? "PATCH /v1/project-management/sites/search-engines" : "PUT /sites/{site_id}/search-engines/{site_engine_id}", StringComparison.Ordinal));
    }

    [Fact]
    public void Deletes_ask_first()
    {
        Assert.Equal("High", host.Run("(Get-Command Remove-SrProject).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact.ToString()").ThrowOnError().Output.Single().BaseObject);
        Assert.Equal("High", host.Run("(Get-Command Remove-SrProjectKeyword).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact.ToString()").ThrowOnError().Output.Single().BaseObject);
    }

    [Fact]
    public void A_position_set_by_hand_reads_back_with_PassThru()
    {
        host.ConnectProject(unified: true);
        host.Run("New-SrProject -Url manual-shop.com -Title Manual | Add-SrProjectSearchEngine -SearchEngineId 200 | Out-Null; 'tent' | Add-SrProjectKeyword -SiteId (Get-SrProject -Name manual*).SiteId | Out-Null").ThrowOnError();

        var row = host.Run(
            """
            $site = (Get-SrProject -Name manual*).SiteId
            $engine = (Get-SrProjectSearchEngine $site).SiteEngineId
            Get-SrProjectKeyword $site | Set-SrProjectPosition -SiteEngineId $engine -Date (Get-Date).Date.AddDays(-1) -Position 0 -PassThru
            """).ThrowOnError().Output.Single();

        Assert.Equal(0L, row.Properties["Position"].Value);
        Assert.Equal(DateTime.Today.AddDays(-1), row.Properties["Date"].Value);
    }

    [Fact]
    public void The_system_lists_complete_search_engines_regions_and_languages()
    {
        host.ConnectProject(unified: true);

        string[] Complete(string line) => host.Run("(TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText", new Dictionary<string, object?> { ["line"] = line })
            .ThrowOnError().Output.Select(o => o.ToString()).ToArray();

        Assert.Equal(["411", "412", "421"], Complete("Add-SrProjectSearchEngine -SiteId 1 -SearchEngineId Germ"));
        Assert.Equal(["pt", "pt-BR"], Complete("Add-SrProjectSearchEngine -SiteId 1 -SearchEngineId 200 -Language pt"));
        Assert.Equal(["'Denver, Colorado, United States'"], Complete("Add-SrProjectSearchEngine -SiteId 1 -SearchEngineId 200 -RegionName Denv"));
        Assert.Equal(["Google Germany", "Google Mobile Germany"], host.Run("Get-SrSearchEngine 'Google*Germany' | ForEach-Object Name").ThrowOnError().Output.Select(o => o.ToString()));
        Assert.Equal(["Denver, Colorado, United States"], host.Run("Get-SrGoogleRegion colorado -Limit 5 | ForEach-Object Name").ThrowOnError().Output.Select(o => o.ToString()));
        Assert.Equal(["de"], host.Run("Get-SrGoogleLanguage German | ForEach-Object Code").ThrowOnError().Output.Select(o => o.ToString()));
        Assert.Equal(3, host.Run("Get-SrSearchEngine -Id 200, 339, 411").ThrowOnError().Output.Count);

        // Read once for the session: the completions and Get-SrSearchEngine shared one request.
        Assert.Equal(1, host.Emulator.Requests.Snapshot().Count(r => r.Path.EndsWith("system/search-engines", StringComparison.Ordinal) && r.KeyFingerprint == RequestLog.FingerprintOf(host.Emulator.Accounts.ProjectAccounts[^1].UnifiedKey)));
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Invoke_SrProjectApi_calls_a_path_of_the_connected_dialect(bool unified)
    {
        var account = host.ConnectProject(unified);
        host.Run("New-SrProject -Url invoke-shop.com -Title Invoke | Out-Null").ThrowOnError();
        var site = account.Workspace.Sites[0].Id;

        var run = unified
            ? host.Run("Invoke-SrProjectApi keywords -Method POST -Query @{ site_id = $site } -Body @(@{ keyword = 'tent' }, @{ keyword = 'boots' }); Invoke-SrProjectApi v1/project-management/keywords -Query @{ site_id = $site }", new Dictionary<string, object?> { ["site"] = site })
            : host.Run("Invoke-SrProjectApi \"sites/$site/keywords\" -Method POST -Body '[{\"keyword\":\"tent\"},{\"keyword\":\"boots\"}]'; Invoke-SrProjectApi \"sites/$site/keywords\"", new Dictionary<string, object?> { ["site"] = site });

        run.ThrowOnError();
        Assert.Equal(2L, run.Output[0].Properties["added"].Value);
        Assert.Equal(["tent", "boots"], run.Output.Skip(1).Select(o => (string)o.Properties["name"].Value));
        Assert.Contains(RequestsOf(account), r => r.Method == "POST" && r.Body == "[{\"keyword\":\"tent\"},{\"keyword\":\"boots\"}]");
    }
}
