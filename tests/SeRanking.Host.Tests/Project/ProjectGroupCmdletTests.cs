using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeRanking.Emulator;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Project;

/// <summary>The project-group and keyword-group cmdlets in a real runspace against the emulator, in both dialects.</summary>
[Collection(InModuleHost.Name)]
public sealed class ProjectGroupCmdletTests(ModuleHost host)
{
    public static TheoryData<bool> Dialects => new(true, false);

    private IReadOnlyList<LoggedRequest> RequestsOf(ProjectAccount account) =>
        host.Emulator.Requests.Snapshot()
            .Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key) || r.KeyFingerprint == RequestLog.FingerprintOf(account.UnifiedKey))
            .ToList();

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Projects_are_grouped_in_one_request_renamed_and_ungrouped(bool unified)
    {
        var account = host.ConnectProject(unified);
        host.Run("New-SrProject -Url group-a.com -Title 'Client A' | Out-Null; New-SrProject -Url group-b.com -Title 'Client B' | Out-Null; New-SrProject -Url own-site.com -Title Own | Out-Null").ThrowOnError();

        var run = host.Run(
            """
            $group = New-SrProjectGroup -Name Clients
            Get-SrProject -Name 'Client*' | Move-SrProject -GroupId $group.GroupId -PassThru
            $group | Set-SrProjectGroup -Name 'Key clients' -PassThru
            """).ThrowOnError();

        Assert.Equal(["Client A", "Client B"], run.Output.Take(2).Select(o => (string)o.Properties["Title"].Value));
        var group = run.Output[2];
        Assert.Equal(("Key clients", 2L), ((string)group.Properties["Name"].Value, (long?)group.Properties["ProjectCount"].Value));
        Assert.Single(RequestsOf(account), r => r.Method == "POST" && (r.Path.EndsWith("/sites", StringComparison.Ordinal) && r.Path.StartsWith("site-groups", StringComparison.Ordinal) || r.Path.EndsWith("groups/move", StringComparison.Ordinal)));

        // The project's GroupId binds to Get-SrProjectGroup.
        Assert.Equal("Key clients", host.Run("Get-SrProject -Name 'Client A' | Get-SrProjectGroup").ThrowOnError().Output.Single().Properties["Name"].Value);
        Assert.Single(host.Run("Get-SrProjectGroup -Name key*").ThrowOnError().Output);

        host.Run("Get-SrProjectGroup | Remove-SrProjectGroup -Confirm:$false").ThrowOnError();
        Assert.Empty(account.Workspace.Groups);
        Assert.All(account.Workspace.Sites, site => Assert.Equal(0, site.GroupId));
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Keyword_groups_flow_from_the_project_and_keywords_move_into_them(bool unified)
    {
        var account = host.ConnectProject(unified);
        host.Run("$p = New-SrProject -Url keyword-group-shop.com -Title KG; 'tent', 'tarp', 'boots' | Add-SrProjectKeyword -SiteId $p.SiteId | Out-Null").ThrowOnError();
        var folder = Directory.CreateTempSubdirectory("srgroups-");
        try
        {
            var csv = Path.Combine(folder.FullName, "groups.csv");
            var run = host.Run(
                """
                $group = @(Get-SrProject -Name KG | New-SrProjectKeywordGroup -Name Shelter, Footwear)[0]
                Get-SrProject -Name KG | Get-SrProjectKeyword -Keyword t* | Move-SrProjectKeyword -GroupId $group.GroupId -PassThru | ForEach-Object { $_.GroupId -eq $group.GroupId }
                Get-SrProject -Name KG | Get-SrProjectKeywordGroup -Name Shel* | Set-SrProjectKeywordGroup -Name 'Tents and tarps' -PassThru
                Get-SrProject -Name KG | Get-SrProjectKeywordGroup | Export-Csv $csv -NoTypeInformation
                """,
                new Dictionary<string, object?> { ["csv"] = csv }).ThrowOnError();

            Assert.Equal([true, true], run.Output.Take(2).Select(o => (bool)o.BaseObject));
            var renamed = run.Output.Skip(2).Single();
            Assert.Equal(("Tents and tarps", 2L), ((string)renamed.Properties["Name"].Value, (long?)renamed.Properties["KeywordCount"].Value));
            var lines = File.ReadAllLines(csv);
            Assert.Equal(3, lines.Length);
            Assert.StartsWith("\"SiteId\",\"GroupId\",\"Name\",\"KeywordCount\"", lines[0], StringComparison.Ordinal);
            Assert.DoesNotContain(lines, line => line.Contains("System.", StringComparison.Ordinal));

            var site = account.Workspace.Sites.Single();
            Assert.Equal(["tent", "tarp"], site.Keywords.Where(k => k.GroupId == (long)renamed.Properties["GroupId"].Value).Select(k => k.Name));
            Assert.Single(RequestsOf(account), r => r.Method == "POST" && (r.Path.EndsWith("/keywords", StringComparison.Ordinal) && r.Path.StartsWith("keyword-groups", StringComparison.Ordinal) || r.Path.EndsWith("groups/move", StringComparison.Ordinal)));

            host.Run("Get-SrProject -Name KG | Get-SrProjectKeywordGroup | Remove-SrProjectKeywordGroup -Confirm:$false").ThrowOnError();
            Assert.Empty(site.KeywordGroups);
            Assert.All(site.Keywords, k => Assert.Equal(0, k.GroupId));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Group_writes_under_WhatIf_send_nothing(bool unified)
    {
        var account = host.ConnectProject(unified);
        host.Run("New-SrProject -Url whatif-groups.com -Title WG | Out-Null").ThrowOnError();
        var before = RequestsOf(account).Count;

        var run = host.Run(
            """
            $p = Get-SrProject
            New-SrProjectGroup -Name G -WhatIf
            Set-SrProjectGroup -GroupId 4 -Name H -WhatIf
            Remove-SrProjectGroup -GroupId 4 -WhatIf
            $p | Move-SrProject -GroupId 4 -WhatIf
            $p | New-SrProjectKeywordGroup -Name K -WhatIf
            Set-SrProjectKeywordGroup -GroupId 5 -Name L -WhatIf
            Remove-SrProjectKeywordGroup -GroupId 5 -WhatIf
            Move-SrProjectKeyword -GroupId 5 -KeywordId 1, 2 -WhatIf
            """).ThrowOnError();

        Assert.Equal(before + 1, RequestsOf(account).Count);
        var lines = run.WhatIf.ToList();
        Assert.Equal(8, lines.Count);
        Assert.All(lines, line => Assert.Contains("free", line, StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains(unified ? "POST /v1/project-management/keywords/groups/move" : "POST /keyword-groups/{group_id}/keywords", StringComparison.Ordinal) && line.Contains("2 keywords to group 5", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_name_is_refused_locally_naming_the_parameter_and_the_next_one_runs()
    {
        var account = host.ConnectProject(unified: true);

        var run = host.Run("('x' * 300), 'Agency' | New-SrProjectGroup");

        Assert.Null(run.Terminating);
        Assert.Equal("Agency", run.Output.Single().Properties["Name"].Value);
        var error = Assert.Single(run.Errors);
        Assert.StartsWith("InvalidInput,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("-Name", error.Exception.Message, StringComparison.Ordinal);
        Assert.Single(RequestsOf(account));
    }

    [Fact]
    public void Group_deletes_ask_first()
    {
        foreach (var command in new[] { "Remove-SrProjectGroup", "Remove-SrProjectKeywordGroup" })
        {
            Assert.Equal("High", host.Run($"(Get-Command {command}).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact.ToString()").ThrowOnError().Output.Single().BaseObject);
        }
    }
}
