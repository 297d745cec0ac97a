using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeRanking.Emulator;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Data;

/// <summary>The SERP cmdlets of the flows in a real runspace: locations, the HTML archive, and Wait-SrSerpTask on the shared poller.</summary>
[Collection(InModuleHost.Name)]
public sealed class SerpFlowCmdletTests(ModuleHost host)
{
    [Fact]
    public void Locations_found_complete_LocationId_of_New_SrSerpTask()
    {
        host.ConnectData();

        var found = host.Run("Get-SrSerpLocation -CountryCode nl -Query utrecht | Export-Csv -LiteralPath $file -NoTypeInformation; Import-Csv -LiteralPath $file", Vars(("file", Path.GetTempFileName()))).ThrowOnError();
        var completions = host.Run("$line = 'New-SrSerpTask -Query tent -LanguageCode nl -LocationId utrecht'; (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches").ThrowOnError();

        Assert.Equal(3, found.Output.Count);
        Assert.Equal("Utrecht,NL", found.Output[0].Properties["LocationName"].Value);
        Assert.DoesNotContain(found.Output, row => row.Properties.Any(p => p.Value?.ToString()?.Contains("System.", StringComparison.Ordinal) == true));
        var ids = found.Output.Select(row => row.Properties["Id"].Value!.ToString()).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), completions.Output.Select(c => c.Properties["CompletionText"].Value!.ToString()).Order(StringComparer.Ordinal));
        Assert.All(completions.Output, c => Assert.Contains("Utrecht", c.Properties["ToolTip"].Value!.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void New_Wait_and_Save_write_each_tasks_HTML_archive_into_a_folder()
    {
        host.ConnectData();
        var folder = Directory.CreateTempSubdirectory("seranking-html-").FullName;
        try
        {
            var run = host.Run("New-SrSerpTask -Query 'tent', 'boots' -LocationId 2840 -LanguageCode en | Wait-SrSerpTask -PollIntervalSec 1 | Save-SrSerpTaskHtml -OutFile $folder", Vars(("folder", folder))).ThrowOnError();

            Assert.Equal(2, run.Output.Count);
            Assert.All(run.Output, o => Assert.Matches("serp-task-[0-9]+\\.zip$", (string)o.Properties["Name"].Value));
            Assert.All(run.Output, o => Assert.Equal((byte)'P', File.ReadAllBytes((string)o.Properties["Path"].Value)[0]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_archive_of_a_task_still_processing_or_expired_is_a_clear_error()
    {
        host.ConnectData();

        var run = host.Run("New-SrSerpTask -Query 'tent' -LocationId 2840 -LanguageCode en | Save-SrSerpTaskHtml -OutFile $folder; Save-SrSerpTaskHtml -TaskId 987654321 -OutFile $folder", Vars(("folder", Path.GetTempPath())));

        Assert.Equal(2, run.Errors.Count);
        Assert.StartsWith("JobNotDone,", run.Errors[0].FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.StartsWith("JobFailed,", run.Errors[1].FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("24 hours", run.Errors[1].Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keyword_rows_of_the_research_cmdlets_bind_to_New_SrSerpTask_by_property_name()
    {
        var account = host.ConnectData();

        var run = host.Run("[pscustomobject]@{ Keyword = 'camping tent'; Volume = 1000 }, [pscustomobject]@{ Keyword = 'hiking boots' } | New-SrSerpTask -LocationId 2840 -LanguageCode en").ThrowOnError();

        Assert.Equal(["camping tent", "hiking boots"], run.Output.Select(o => o.Properties["Query"].Value));
        Assert.Equal(20, account.CreditsSpent);
    }

    [Fact]
    public void Wait_SrSerpTask_on_the_shared_poller_shows_progress_and_reports_late_tasks()
    {
        host.ConnectData();

        var done = host.Run("New-SrSerpTask -Query 'tent' -LocationId 2840 -LanguageCode en | Wait-SrSerpTask -PollIntervalSec 1").ThrowOnError();
        var late = host.Run("Wait-SrSerpTask -Id 987654321 -PollIntervalSec 1");

        Assert.Equal("done", Assert.Single(done.Output).Properties["Status"].Value);
        Assert.Contains(done.Progress, p => p.Activity == "Waiting for SE Ranking SERP tasks" && p.StatusDescription.StartsWith("1 of 1 done", StringComparison.Ordinal));
        Assert.StartsWith("ApiRefusedRequest,", Assert.Single(late.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);
}
