using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeRanking.Emulator;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Project;

/// <summary>The analytics and marketing-plan cmdlets in a real runspace against the emulator, in both dialects.</summary>
[Collection(InModuleHost.Name)]
public sealed class ProjectAnalyticsCmdletTests(ModuleHost host)
{
    public static TheoryData<bool> Dialects => new(true, false);

    private IReadOnlyList<LoggedRequest> RequestsOf(ProjectAccount account) =>
        host.Emulator.Requests.Snapshot()
            .Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key) || r.KeyFingerprint == RequestLog.FingerprintOf(account.UnifiedKey))
            .ToList();

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Projects_flow_to_their_queries_potential_and_plan_and_tasks_round_trip(bool unified)
    {
        var account = host.ConnectProject(unified);
        host.Run("$p = New-SrProject -Url plan-flow.com -Title PlanFlow; 'tent', 'boots' | Add-SrProjectKeyword -SiteId $p.SiteId | Out-Null").ThrowOnError();
        var folder = Directory.CreateTempSubdirectory("srplan-");
        try
        {
            var csv = Path.Combine(folder.FullName, "plan.csv");
            var queries = host.Run("Get-SrProject -Name PlanFlow | Get-SrProjectSearchQuery").ThrowOnError().Output;
            var potential = host.Run("Get-SrProject -Name PlanFlow | Get-SrProjectSeoPotential -TopN 2 -ConversionRate 5").ThrowOnError().Output.Single();
            var run = host.Run(
                """
                $task = Get-SrProject -Name PlanFlow | New-SrProjectMarketingTask -Title 'Add FAQ schema' -Text 'Tent pages'
                $task | Set-SrProjectMarketingTask -Checked $true -PassThru | ForEach-Object Checked
                Get-SrProject -Name PlanFlow | Get-SrProjectMarketingTask | Export-Csv $csv -NoTypeInformation
                Get-SrProject -Name PlanFlow | Get-SrProjectMarketingTask -Title 'Add FAQ*' | Remove-SrProjectMarketingTask -Confirm:$false
                @(Get-SrProject -Name PlanFlow | Get-SrProjectMarketingTask).Count
                """,
                new Dictionary<string, object?> { ["csv"] = csv }).ThrowOnError();

            Assert.Equal(["tent", "boots"], queries.Select(q => (string)q.Properties["Query"].Value));
            Assert.Equal(12.0, potential.Properties["Customers"].Value);
            Assert.Equal([true, 3], run.Output.Select(o => o.BaseObject));
            var lines = File.ReadAllLines(csv);
            Assert.Equal(5, lines.Length);
            Assert.StartsWith("\"SiteId\",\"Section\",\"TaskId\",\"Title\",\"Text\",\"Checked\"", lines[0], StringComparison.Ordinal);
            Assert.DoesNotContain(lines, line => line.Contains("System.", StringComparison.Ordinal));
            Assert.Equal(3, account.Workspace.Sites[0].Tasks.Count);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Task_writes_under_WhatIf_send_nothing(bool unified)
    {
        var account = host.ConnectProject(unified);

        var run = host.Run(
            """
            New-SrProjectMarketingTask -SiteId 8812345 -Title 'Add FAQ schema' -WhatIf
            Set-SrProjectMarketingTask -SiteId 8812345 -TaskId 91001 -Checked $true -WhatIf
            Remove-SrProjectMarketingTask -SiteId 8812345 -TaskId 91001 -WhatIf
            """).ThrowOnError();

        Assert.Empty(RequestsOf(account));
        Assert.Equal(3, run.WhatIf.Count());
        Assert.Contains(run.WhatIf, line => line.Contains(unified ? "PATCH /v1/project-management/marketing-plan/tasks" : "PUT /checklist/{site_id}/task/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tick_with_a_new_title_is_refused_locally_naming_the_parameter()
    {
        var account = host.ConnectProject(unified: true);

        var run = host.Run("Set-SrProjectMarketingTask -SiteId 8812345 -TaskId 91001 -Checked $true -Title x");

        Assert.Null(run.Terminating);
        var error = Assert.Single(run.Errors);
        Assert.StartsWith("InvalidInput,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("-Checked", error.Exception.Message, StringComparison.Ordinal);
        Assert.Empty(RequestsOf(account));
    }

    [Fact]
    public void A_conversion_rate_beyond_100_is_refused_while_binding()
    {
        host.ConnectProject(unified: true);

        var run = host.Run("Get-SrProjectSeoPotential -SiteId 1 -ConversionRate 120");

        Assert.Contains("ConversionRate", (run.Terminating?.Message ?? string.Empty) + string.Join(" ", run.Errors.Select(e => e.Exception.Message)), StringComparison.Ordinal);
    }
}
