using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeRanking.Emulator;
using SeRanking.Emulator.Project;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Project;

/// <summary>
/// The backlink-checker cmdlets in a real PowerShell runspace against the emulator, in both
/// dialects: backlinks from a CSV in one request with a result per URL, ids flowing by property
/// name to recheck, move and remove, groups, the disavow list, Search Console, CSV output, -WhatIf.
/// </summary>
[Collection(InModuleHost.Name)]
public sealed class ProjectBacklinkCmdletTests(ModuleHost host)
{
    public static TheoryData<bool> Dialects => new(true, false);

    private IReadOnlyList<LoggedRequest> RequestsOf(ProjectAccount account) =>
        host.Emulator.Requests.Snapshot()
            .Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key) || r.KeyFingerprint == RequestLog.FingerprintOf(account.UnifiedKey))
            .ToList();

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Backlinks_from_a_CSV_are_imported_in_one_request_then_grouped_rechecked_exported_and_removed(bool unified)
    {
        var account = host.ConnectProject(unified);
        var folder = Directory.CreateTempSubdirectory("srprojectbacklink-");
        try
        {
            var linksCsv = Path.Combine(folder.FullName, "links.csv");
            File.WriteAllLines(linksCsv, ["url", .. Enumerable.Range(1, 30).Select(i => $"https://site{i}.example-news.com/post/{i}"), "not a url"]);
            var exportCsv = Path.Combine(folder.FullName, "backlinks.csv");
            var run = host.Run(
                """
                $project = New-SrProject -Url backlink-shop.com -Title 'Backlink shop'
                $group = $project | New-SrProjectBacklinkGroup -Name 'Guest posts'
                $added = Import-Csv $linksCsv | Add-SrProjectBacklink -SiteId $project.SiteId -GroupId $group.GroupId -Price 25 -Currency EUR -ChargePeriod monthly
                $one = 'https://single.example-news.com/a' | Add-SrProjectBacklink -SiteId $project.SiteId
                $project | Get-SrProjectBacklink -All | Export-Csv $exportCsv -NoTypeInformation
                $rechecked = $project | Get-SrProjectBacklink -First 5 | Start-SrProjectBacklinkRecheck -RecheckType index -PassThru
                Get-SrProjectBacklink $project.SiteId -All | Where-Object Url -like '*single*' | Move-SrProjectBacklink -GroupId $group.GroupId
                $stat = $project | Get-SrProjectBacklinkStat
                $groups = $project | Get-SrProjectBacklinkGroup
                $project | Set-SrProjectBacklinkSetting -GscAutoImport $true
                $import = $project | Start-SrProjectBacklinkGscImport | Get-SrProjectBacklinkGscImport
                $disavowed = Get-SrProjectBacklink $project.SiteId -First 2 | Add-SrProjectBacklinkDisavow -PassThru
                $disavowed | Remove-SrProjectBacklinkDisavow -Confirm:$false
                $renamed = $groups | Set-SrProjectBacklinkGroup -Name 'Outreach' -PassThru
                Get-SrProjectBacklink $project.SiteId -All | Remove-SrProjectBacklink -Confirm:$false
                $groups | Remove-SrProjectBacklinkGroup -Confirm:$false
                @($added).Count
                ($added | Select-Object -ExpandProperty Status -Unique) -join ','
                $one.BacklinkId -gt 0
                $stat.Total
                $groups.Backlinks
                $import.Status
                @($disavowed).Count
                $renamed.Name
                @(Get-SrProjectBacklinkDisavow $project.SiteId).Count
                @(Get-SrProjectBacklink $project.SiteId).Count
                @(Get-SrProjectBacklinkGroup $project.SiteId).Count
                @($rechecked | Where-Object HttpStatus -eq 200).Count
                """,
                new Dictionary<string, object?> { ["linksCsv"] = linksCsv, ["exportCsv"] = exportCsv });

            Assert.Null(run.Terminating);
            Assert.Single(run.Errors);
            Assert.StartsWith("InvalidTarget,", run.Errors[0].FullyQualifiedErrorId, StringComparison.Ordinal);
            Assert.Equal(["30", "Imported", "True", "31", "31", "finished", "2", "Outreach", "0", "0", "0", "5"], run.Output.Select(o => o.BaseObject.ToString()));
            var lines = File.ReadAllLines(exportCsv);
            Assert.Equal(32, lines.Length);
            Assert.StartsWith("\"SiteId\",\"BacklinkId\",\"Url\",\"TargetUrl\"", lines[0], StringComparison.Ordinal);
            Assert.DoesNotContain(lines, line => line.Contains("System.", StringComparison.Ordinal));

            var requests = RequestsOf(account);
            Assert.Single(requests, r => r.Method == "POST" && r.Path.EndsWith(unified ? "backlinks/import" : "/list", StringComparison.Ordinal));
            Assert.Single(requests, r => r.Method == "POST" && r.Path.EndsWith("recheck", StringComparison.Ordinal));
            Assert.Single(requests, r => r.Method == "POST" && r.Path.EndsWith("delete", StringComparison.Ordinal));
            Assert.Contains("\"price\":25,\"currency\":\"EUR\",\"charge_period\":\"monthly\"", requests.Single(r => r.Path.EndsWith(unified ? "backlinks/import" : "/list", StringComparison.Ordinal)).Body, StringComparison.Ordinal);
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
        host.Run("New-SrProject -Url whatif-links.com -Title Links | Out-Null").ThrowOnError();
        var before = RequestsOf(account).Count;

        var run = host.Run(
            """
            $s = (Get-SrProject -Name whatif-links*).SiteId
            'https://a.example-news.com/1', 'https://b.example-news.com/2' | Add-SrProjectBacklink -SiteId $s -WhatIf
            Remove-SrProjectBacklink -SiteId $s -BacklinkId 1, 2 -WhatIf
            Start-SrProjectBacklinkRecheck -SiteId $s -BacklinkId 1 -WhatIf
            Move-SrProjectBacklink -SiteId $s -BacklinkId 1 -GroupId 3 -WhatIf
            Set-SrProjectBacklinkSetting $s -GscAutoImport $false -WhatIf
            Start-SrProjectBacklinkGscImport $s -WhatIf
            'spam.example-links.net' | Add-SrProjectBacklinkDisavow -SiteId $s -WhatIf
            Remove-SrProjectBacklinkDisavow -SiteId $s -DisavowId 4 -WhatIf
            New-SrProjectBacklinkGroup -SiteId $s -Name Outreach -WhatIf
            Set-SrProjectBacklinkGroup -SiteId $s -GroupId 3 -Name Renamed -WhatIf
            Remove-SrProjectBacklinkGroup -SiteId $s -GroupId 3 -WhatIf
            """).ThrowOnError();

        var lines = run.WhatIf.ToList();
        Assert.Equal(11, lines.Count);
        Assert.All(lines, line => Assert.Contains("free", line, StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains(unified ? "POST /v1/project-management/backlinks/import:" : "POST /backlinks/{site_id}/list:", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains(unified ? "DELETE /v1/project-management/backlinks/groups:" : "DELETE /backlink-groups/{site_id}:", StringComparison.Ordinal));
        Assert.Equal(before + 1, RequestsOf(account).Count);
    }

    [Fact]
    public void Removes_ask_first()
    {
        foreach (var name in new[] { "Remove-SrProjectBacklink", "Remove-SrProjectBacklinkDisavow", "Remove-SrProjectBacklinkGroup" })
        {
            Assert.Equal("High", host.Run($"(Get-Command {name}).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact.ToString()").ThrowOnError().Output.Single().BaseObject);
        }
    }
}
