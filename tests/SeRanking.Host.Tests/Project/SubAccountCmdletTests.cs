using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeRanking.Emulator;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Project;

/// <summary>The sub-account cmdlets in a real runspace against the emulator, in both dialects.</summary>
[Collection(InModuleHost.Name)]
public sealed class SubAccountCmdletTests(ModuleHost host)
{
    public static TheoryData<bool> Dialects => new(true, false);

    private IReadOnlyList<LoggedRequest> RequestsOf(ProjectAccount account) =>
        host.Emulator.Requests.Snapshot()
            .Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key) || r.KeyFingerprint == RequestLog.FingerprintOf(account.UnifiedKey))
            .ToList();

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Sub_accounts_are_created_from_a_CSV_changed_shared_projects_exported_and_removed(bool unified)
    {
        var account = host.ConnectProject(unified);
        var folder = Directory.CreateTempSubdirectory("srusers-");
        try
        {
            var input = Path.Combine(folder.FullName, "users.csv");
            var output = Path.Combine(folder.FullName, "projects.csv");
            File.WriteAllLines(input, ["Email,FirstName,LastName,Type", "ada@example-agency.com,Ada,Lovelace,client", "alan@example-agency.com,Alan,Turing,user"]);
            var run = host.Run(
                """
                New-SrProject -Url shared-one.com -Title One | Out-Null
                New-SrProject -Url shared-two.com -Title Two | Out-Null
                $users = Import-Csv $in | New-SrSubAccount -BalanceLimitPeriod month -BalanceLimitAmount 20
                $users[0] | Set-SrSubAccount -Language de -PassThru | ForEach-Object Language
                Get-SrProject | Add-SrSubAccountProject -UserId $users[0].UserId | ForEach-Object Status
                Get-SrSubAccount -Name 'ada*' | Get-SrSubAccountProject | Export-Csv $out -NoTypeInformation
                @(Get-SrSubAccount).Count
                """,
                new Dictionary<string, object?> { ["in"] = input, ["out"] = output }).ThrowOnError();

            Assert.Equal(["de", "Shared", "Shared", 2], run.Output.Select(o => o.BaseObject));
            var lines = File.ReadAllLines(output);
            Assert.Equal(3, lines.Length);
            Assert.StartsWith("\"UserId\",\"SiteId\",\"Relation\"", lines[0], StringComparison.Ordinal);
            Assert.All(lines.Skip(1), line => Assert.Contains("\"Shared\"", line, StringComparison.Ordinal));
            Assert.DoesNotContain(lines, line => line.Contains("System.", StringComparison.Ordinal));
            Assert.Equal([20L, 20L], account.Workspace.Users.Select(u => u.BalanceAmount ?? 0));

            host.Run("Get-SrSubAccount | Remove-SrSubAccount -Confirm:$false").ThrowOnError();
            Assert.Empty(account.Workspace.Users);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_share_the_API_turns_into_a_replace_warns_and_names_the_lost_project()
    {
        var account = host.ConnectProject(unified: true);
        account.Workspace.UnifiedShareReplaces = true;
        host.Run("New-SrProject -Url lost-one.com -Title LostOne | Out-Null; New-SrProject -Url lost-two.com -Title LostTwo | Out-Null").ThrowOnError();
        var user = account.Workspace.AddUser("lost@example-agency.com");
        user.SharedSites.Add(account.Workspace.Sites[0].Id);

        var run = host.Run("Get-SrProject -Name LostTwo | Add-SrSubAccountProject -UserId $id", new Dictionary<string, object?> { ["id"] = user.Id }).ThrowOnError();

        Assert.Equal(["Shared", "Lost"], run.Output.Select(o => (string)o.Properties["Status"].Value));
        Assert.Contains(run.Warnings, line => line.Contains(account.Workspace.Sites[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Sub_account_writes_under_WhatIf_send_nothing(bool unified)
    {
        var account = host.ConnectProject(unified);

        var run = host.Run(
            """
            New-SrSubAccount -Email ada@example-agency.com -FirstName Ada -WhatIf
            Set-SrSubAccount -UserId 610000 -Type client -WhatIf
            Remove-SrSubAccount -UserId 610000 -WhatIf
            Add-SrSubAccountProject -UserId 610000 -SiteId 1, 2 -WhatIf
            """).ThrowOnError();

        Assert.Empty(RequestsOf(account));
        Assert.Equal(5, run.WhatIf.Count());
        Assert.All(run.WhatIf, line => Assert.Contains("free", line, StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_e_mail_is_refused_locally_naming_the_parameter_and_the_next_row_runs()
    {
        var account = host.ConnectProject(unified: true);

        var run = host.Run("@([pscustomobject]@{ Email = 'not-an-address'; FirstName = 'X' }, [pscustomobject]@{ Email = 'ok@example-agency.com'; FirstName = 'Ok' }) | New-SrSubAccount");

        Assert.Null(run.Terminating);
        Assert.Equal("ok@example-agency.com", run.Output.Single().Properties["Email"].Value);
        var error = Assert.Single(run.Errors);
        Assert.StartsWith("InvalidInput,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("-Email", error.Exception.Message, StringComparison.Ordinal);
        Assert.Single(RequestsOf(account), r => r.Method == "POST");
    }

    [Fact]
    public void Removing_a_sub_account_asks_first()
    {
        Assert.Equal("High", host.Run("(Get-Command Remove-SrSubAccount).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact.ToString()").ThrowOnError().Output.Single().BaseObject);
    }
}
