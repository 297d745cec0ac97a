using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeRanking.Emulator;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Serpstat;

/// <summary>
/// The Serpstat project and team cmdlets in a real runspace against the emulator: writes that
/// round-trip through the pipeline, -WhatIf and -Confirm on free writes, removals at
/// ConfirmImpact High, local refusals, and CSV output.
/// </summary>
[Collection(InModuleHost.Name)]
public sealed class SerpstatAccountCmdletTests : IDisposable
{
    private const int Rate = 50;
    private readonly ModuleHost _host;
    private readonly int _rateBefore;

    public SerpstatAccountCmdletTests(ModuleHost host)
    {
        _host = host;
        _rateBefore = host.Emulator.Options.SerpstatRequestsPerSecond;
        host.Emulator.Options.SerpstatRequestsPerSecond = Rate;
    }

    public void Dispose() => _host.Emulator.Options.SerpstatRequestsPerSecond = _rateBefore;

    [Fact]
    public void Projects_created_from_the_pipeline_are_listed_and_piped_into_Remove()
    {
        var account = ConnectSerpstat();

        var created = _host.Run("@([pscustomobject]@{ Domain = 'shop.example'; Name = 'Shop' }, [pscustomobject]@{ Domain = 'blog.example'; Name = 'Blog' }) | New-SerpstatProject -Confirm:$false").ThrowOnError().Output;
        var listed = _host.Run("Get-SerpstatProject | ForEach-Object Domain").ThrowOnError().Output;
        var removed = _host.Run("Get-SerpstatProject | Where-Object Name -eq 'Blog' | Remove-SerpstatProject -Confirm:$false").ThrowOnError().Output;
        var left = _host.Run("Get-SerpstatProject | ForEach-Object Name").ThrowOnError().Output;

        Assert.Equal(2, created.Count);
        Assert.All(created, o => Assert.Equal(true, o.Properties["Success"].Value));
        Assert.Equal(["shop.example", "blog.example"], listed.Select(o => o.ToString()));
        Assert.Equal(created[1].Properties["Id"].Value, Assert.Single(removed).Properties["Id"].Value);
        Assert.Equal(["Shop"], left.Select(o => o.ToString()));
        Assert.Equal(0, account.UsedLines);
    }

    [Fact]
    public void Team_members_are_added_disabled_enabled_and_removed_through_the_pipeline()
    {
        ConnectSerpstat();

        var added = _host.Run("'ana@example.org', 'bo@example.org' | Add-SerpstatTeamMember -Confirm:$false").ThrowOnError().Output;
        var disabled = _host.Run("Get-SerpstatTeamMember -Search ana@ | Disable-SerpstatTeamMember -Confirm:$false | Out-Null; Get-SerpstatTeamMember -Search ana@ | ForEach-Object Status").ThrowOnError().Output;
        var enabled = _host.Run("Get-SerpstatTeamMember -Search ana@ | Enable-SerpstatTeamMember -Confirm:$false | Out-Null; Get-SerpstatTeamMember -Search ana@ | ForEach-Object Status").ThrowOnError().Output;
        var removed = _host.Run("Get-SerpstatTeamMember -Search example.org | Remove-SerpstatTeamMember -MergeProjects -Confirm:$false | ForEach-Object LimitLeft").ThrowOnError().Output;
        var team = _host.Run("Get-SerpstatTeamMember | ForEach-Object Email").ThrowOnError().Output;

        Assert.Equal([8L, 7L], added.Select(o => (long)o.Properties["LimitLeft"].Value));
        Assert.Equal(["0"], disabled.Select(o => o.ToString()));
        Assert.Equal(["1"], enabled.Select(o => o.ToString()));
        Assert.Equal(["8", "9"], removed.Select(o => o.ToString()));
        Assert.Equal(["owner@example.com"], team.Select(o => o.ToString()));
    }

    [Fact]
    public void Free_writes_still_answer_WhatIf_and_send_nothing_and_removals_are_ConfirmImpact_High()
    {
        var account = ConnectSerpstat();

        var run = _host.Run(string.Join("; ",
            "New-SerpstatProject shop.example Shop -WhatIf",
            "Remove-SerpstatProject 1234567 -WhatIf",
            "Add-SerpstatTeamMember ana@example.org -WhatIf",
            "Remove-SerpstatTeamMember 7654321 -WhatIf",
            "Enable-SerpstatTeamMember 7654321 -WhatIf",
            "Disable-SerpstatTeamMember 7654321 -WhatIf")).ThrowOnError();
        var impact = _host.Run("'Remove-SerpstatProject', 'Remove-SerpstatTeamMember', 'New-SerpstatProject', 'Add-SerpstatTeamMember' | ForEach-Object { (Get-Command $_).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact.ToString() }").ThrowOnError();

        var lines = run.WhatIf.ToList();
        Assert.Equal(6, lines.Count);
        Assert.Contains("Create the Serpstat project Shop (shop.example) (POST ProjectProcedure.createProject)", lines[0], StringComparison.Ordinal);
        Assert.Contains("Delete Serpstat project 1234567 (POST ProjectProcedure.deleteProject)", lines[1], StringComparison.Ordinal);
        Assert.Contains("Invite to the Serpstat team ana@example.org", lines[2], StringComparison.Ordinal);
        Assert.Contains("Remove from the Serpstat team user 7654321", lines[3], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.Contains("free, no credits spent", l, StringComparison.Ordinal));
        Assert.Equal(["High", "High", "Medium", "Medium"], impact.Output.Select(o => o.ToString()));
        Assert.Empty(RequestsOf(account));
    }

    [Fact]
    public void A_bad_input_is_that_inputs_error_and_the_next_one_goes_on()
    {
        var account = ConnectSerpstat();

        var emails = _host.Run("'not-an-email', 'ana@example.org' | Add-SerpstatTeamMember -Confirm:$false");
        var project = _host.Run("New-SerpstatProject a.b Tiny -Confirm:$false; Remove-SerpstatProject 424242 -Confirm:$false; 'after'");

        Assert.Single(emails.Output);
        Assert.Equal(["InvalidInput"], emails.ErrorIds.Select(id => id.Split(',')[0]));
        Assert.StartsWith("-Email 'not-an-email' is not an email address.", emails.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Equal(["after"], project.Output.Select(o => o.ToString()));
        Assert.Equal(2, project.ErrorIds.Count());
        Assert.Equal(2, RequestsOf(account).Count);
    }

    [Theory]
    [InlineData("Get-SerpstatProject", "ProjectId")]
    [InlineData("Get-SerpstatTeamMember", "Email")]
    [InlineData("New-SerpstatProject csv.example 'Csv project' -Confirm:$false", "Success")]
    public void Rows_export_to_csv_with_flat_columns(string command, string column)
    {
        ConnectSerpstat();
        _host.Run("New-SerpstatProject listed.example Listed -Confirm:$false | Out-Null").ThrowOnError();
        var file = Path.Combine(Path.GetTempPath(), $"serpstat-acct-{Guid.NewGuid():N}.csv");
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

    private SerpstatAccount ConnectSerpstat(long lines = 1_000_000)
    {
        var account = _host.Emulator.Accounts.AddSerpstat(lines);
        _host.Run($"Connect-Serpstat -Token $token -ApiUrl $url -RequestsPerSecond {Rate} -MaxRetries 1 | Out-Null", new Dictionary<string, object?> { ["token"] = account.Token, ["url"] = _host.Emulator.SerpstatApiUrl.AbsoluteUri }).ThrowOnError();
        return account;
    }

    private List<LoggedRequest> RequestsOf(SerpstatAccount account) =>
        _host.Emulator.Requests.Snapshot().Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Token)).ToList();
}
