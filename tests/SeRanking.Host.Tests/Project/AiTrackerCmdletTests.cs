using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeRanking.Emulator;
using SeRanking.Emulator.Project;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Project;

/// <summary>
/// The AI Result Tracker cmdlets in a real PowerShell runspace against the emulator, in both
/// dialects: ids flowing by property name from Get-SrProject down to answers, prompts added from
/// the pipeline in one request with a result each, CSV output, -WhatIf, local refusals.
/// </summary>
[Collection(InModuleHost.Name)]
public sealed class AiTrackerCmdletTests(ModuleHost host)
{
    public static TheoryData<bool> Dialects => new(true, false);

    private IReadOnlyList<LoggedRequest> RequestsOf(ProjectAccount account) =>
        host.Emulator.Requests.Snapshot()
            .Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key) || r.KeyFingerprint == RequestLog.FingerprintOf(account.UnifiedKey))
            .ToList();

    /// <summary>A project with the brand set and one chatgpt engine in the US.</summary>
    private (ProjectAccount Account, long SiteId) Tracked(bool unified, string url)
    {
        var account = host.ConnectProject(unified);
        host.Run($"New-SrProject -Url {url} -Title Tracker | Set-SrAiTrackerBrand -Brand 'Tracker Shop'; Get-SrProject | Add-SrAiTrackerEngine -Engine chatgpt -CountryCode us | Out-Null").ThrowOnError();
        return (account, account.Workspace.Sites.Single().Id);
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Ids_flow_from_the_project_to_engines_prompts_rankings_and_answers_and_rankings_export_flat(bool unified)
    {
        var (account, site) = Tracked(unified, "flow-shop.com");
        var csv = Path.Combine(Path.GetTempPath(), "airt-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            var run = host.Run(
                """
                $added = 'best tent', 'hiking boots', 'best tent', ('x' * 256), 'rain jacket' | Add-SrAiTrackerPrompt -SiteId (Get-SrProject).SiteId -LlmId (Get-SrProject | Get-SrAiTrackerEngine).LlmId
                Get-SrProject | Get-SrAiTrackerEngine | Get-SrAiTrackerPrompt | Measure-Object | ForEach-Object Count
                Get-SrProject | Get-SrAiTrackerEngine | Get-SrAiTrackerRanking -From (Get-Date).Date.AddDays(-1) | Export-Csv $csv -NoTypeInformation
                Get-SrProject | Get-SrAiTrackerEngine | Get-SrAiTrackerPrompt | Select-Object -First 1 | Get-SrAiTrackerAnswer -Date (Get-Date).Date.AddDays(-1) | ForEach-Object Prompt
                $added | ForEach-Object { $_.Status }
                """,
                new Dictionary<string, object?> { ["csv"] = csv });

            Assert.Null(run.Terminating);
            Assert.Single(run.ErrorIds, id => id.StartsWith("InvalidInput,", StringComparison.Ordinal));
            Assert.Equal(["3", "best tent", "Added", "Added", "Duplicate", "Added"], run.Output.Select(o => o.BaseObject.ToString()));
            var lines = File.ReadAllLines(csv);
            Assert.Equal(1 + 6, lines.Length);
            Assert.StartsWith("\"SiteId\",\"LlmId\",\"PromptLlmId\",\"Prompt\"", lines[0], StringComparison.Ordinal);
            Assert.DoesNotContain(lines, line => line.Contains("System.", StringComparison.Ordinal));

            // The three prompts went in one request.
            Assert.Single(RequestsOf(account), r => r.Method == "POST" && r.Path.EndsWith("prompts", StringComparison.Ordinal));
            Assert.Equal(3, account.Workspace.Site(site)!.AiTracker().Engines.Single().Prompts.Count);
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Engines_are_added_changed_awaited_and_removed_and_the_brand_reads_back(bool unified)
    {
        var (account, site) = Tracked(unified, "engines-shop.com");
        account.Workspace.Site(site)!.AiTracker().StatusReadsUntilDone = 2;

        var run = host.Run(
            """
            $engine = Get-SrProject | Add-SrAiTrackerEngine -Engine google_ai_overview -CountryCode de -Language de
            $engine | Set-SrAiTrackerEngine -Language en -PassThru | ForEach-Object Language
            $engine | Wait-SrAiTrackerEngine -PollIntervalSec 1 | ForEach-Object Status
            $engine | Get-SrAiTrackerStatistic -From (Get-Date).Date.AddDays(-7) | ForEach-Object { $_.From.ToString('yyyy-MM-dd') }
            Get-SrProject | Get-SrAiTrackerBrand | ForEach-Object Brand
            $engine | Remove-SrAiTrackerEngine -Confirm:$false
            (Get-SrProject | Get-SrAiTrackerEngine).Engine
            """).ThrowOnError();

        Assert.Equal(["en", "done", DateTime.Today.AddDays(-7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "Tracker Shop", "chatgpt"], run.Output.Select(o => o.BaseObject.ToString()));
        Assert.NotEmpty(run.Progress);
        Assert.Contains("\"country_code\":\"DE\"", RequestsOf(account).Last(r => r.Method == "POST" && r.Path.EndsWith("llm", StringComparison.Ordinal)).Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Prompt_groups_are_made_renamed_filled_moved_and_deleted_from_the_pipeline(bool unified)
    {
        var (account, site) = Tracked(unified, "groups-shop.com");

        var run = host.Run(
            """
            $groups = 'Tents', 'Boots' | New-SrAiTrackerPromptGroup -SiteId (Get-SrProject).SiteId
            $engine = Get-SrProject | Get-SrAiTrackerEngine
            'tent a', 'tent b' | Add-SrAiTrackerPrompt -SiteId $engine.SiteId -LlmId $engine.LlmId -GroupId $groups[0].GroupId | Out-Null
            $engine | Get-SrAiTrackerPrompt -GroupId $groups[0].GroupId | Select-Object -First 1 | Move-SrAiTrackerPrompt -GroupId $groups[1].GroupId
            $groups[1] | Rename-SrAiTrackerPromptGroup -NewName Footwear -PassThru | ForEach-Object Name
            $groups[1] | Move-SrAiTrackerPromptGroup -Before $groups[0].GroupId
            Get-SrProject | Get-SrAiTrackerPromptGroup | ForEach-Object { '{0}={1}' -f $_.Name, $_.PromptCount }
            Move-SrAiTrackerPrompt -SiteId $engine.SiteId -FromGroupId $groups[0].GroupId -GroupId $groups[1].GroupId -PassThru | ForEach-Object PromptCount
            Get-SrProject | Get-SrAiTrackerPromptGroup -Name foot* | Clear-SrAiTrackerPromptGroup -Confirm:$false
            $groups | Remove-SrAiTrackerPromptGroup -Confirm:$false
            Get-SrProject | Get-SrAiTrackerPromptGroup | ForEach-Object { '{0}={1}' -f $_.Name, $_.PromptCount }
            """).ThrowOnError();

        Assert.Equal(["Footwear", "Default=0", "Footwear=1", "Tents=1", "2", "Default=0"], run.Output.Select(o => o.BaseObject.ToString()));
        Assert.Empty(account.Workspace.Site(site)!.AiTracker().Engines.Single().Prompts);
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Writes_under_WhatIf_name_the_connected_dialects_path_and_send_nothing(bool unified)
    {
        var (account, site) = Tracked(unified, "whatif-ai-shop.com");
        var before = RequestsOf(account).Count;
        var llm = account.Workspace.Site(site)!.AiTracker().Engines.Single().Id;

        var run = host.Run(
            """
            $p = [pscustomobject]@{ SiteId = $site; LlmId = $llm; GroupId = 5; PromptLlmId = 7 }
            $p | Set-SrAiTrackerBrand -Brand Other -WhatIf
            $p | Add-SrAiTrackerEngine -Engine gemini -CountryCode fr -WhatIf
            $p | Set-SrAiTrackerEngine -Language fr -WhatIf
            $p | Remove-SrAiTrackerEngine -WhatIf
            'a prompt' | Add-SrAiTrackerPrompt -SiteId $site -LlmId $llm -WhatIf
            $p | Remove-SrAiTrackerPrompt -WhatIf
            $p | New-SrAiTrackerPromptGroup -Name Other -WhatIf
            $p | Rename-SrAiTrackerPromptGroup -NewName Renamed -WhatIf
            $p | Move-SrAiTrackerPromptGroup -After 6 -WhatIf
            $p | Clear-SrAiTrackerPromptGroup -WhatIf
            $p | Remove-SrAiTrackerPromptGroup -WhatIf
            $p | Move-SrAiTrackerPrompt -GroupId 6 -WhatIf
            """,
            new Dictionary<string, object?> { ["site"] = site, ["llm"] = llm }).ThrowOnError();

        Assert.Equal(before, RequestsOf(account).Count);
        var lines = run.WhatIf.ToList();
        Assert.Equal(12, lines.Count);
        Assert.Contains(lines, line => line.Contains(unified ? "POST /v1/project-management/airt/prompts/delete:" : "DELETE /sites/{site_id}/airt/llm/{llm_id}/prompts:", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains(unified ? "PATCH /v1/project-management/airt/prompts/groups:" : "PATCH /sites/{site_id}/airt/prompt-groups/{group_id}:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_engine_or_country_is_refused_locally_naming_the_parameter_and_the_next_input_runs()
    {
        var (account, site) = Tracked(unified: true, "refused-shop.com");
        var before = RequestsOf(account).Count;

        var run = host.Run(
            """
            [pscustomobject]@{ SiteId = $site; Engine = 'claude'; CountryCode = 'us' },
            [pscustomobject]@{ SiteId = $site; Engine = 'gemini'; CountryCode = 'zz' },
            [pscustomobject]@{ SiteId = $site; Engine = 'gemini'; CountryCode = 'gb' } | Add-SrAiTrackerEngine | ForEach-Object CountryCode
            """,
            new Dictionary<string, object?> { ["site"] = site });

        Assert.Null(run.Terminating);
        Assert.Equal(["GB"], run.Output.Select(o => o.BaseObject.ToString()));
        Assert.Equal(2, run.ErrorIds.Count(id => id.StartsWith("InvalidInput,", StringComparison.Ordinal)));
        Assert.Contains(run.Errors, e => e.Exception.Message.Contains("-Engine 'claude'", StringComparison.Ordinal));
        Assert.Contains(run.Errors, e => e.Exception.Message.Contains("-CountryCode 'zz'", StringComparison.Ordinal));
        Assert.Equal(1, RequestsOf(account).Count - before);
    }

    [Fact]
    public void Engine_completes_the_trackers_engines()
    {
        string[] Complete(string line) => host.Run("(TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText", new Dictionary<string, object?> { ["line"] = line })
            .ThrowOnError().Output.Select(o => o.ToString()).ToArray();

        Assert.Equal(["google_ai_overview", "google_ai_mode"], Complete("Add-SrAiTrackerEngine -SiteId 1 -Engine goo"));
        Assert.Equal(5, Complete("Add-SrAiTrackerEngine -SiteId 1 -Engine ").Length);
    }

    [Fact]
    public void Removes_ask_first()
    {
        foreach (var command in new[] { "Remove-SrAiTrackerEngine", "Remove-SrAiTrackerPrompt", "Remove-SrAiTrackerPromptGroup", "Clear-SrAiTrackerPromptGroup" })
        {
            Assert.Equal("High", host.Run($"(Get-Command {command}).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact.ToString()").ThrowOnError().Output.Single().BaseObject);
        }
    }
}
