using System;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Operations.Polling;
using SeRanking.Engine.Tests.Operations;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Data.Backlinks;

/// <summary>The backlink export flow against the emulator: start (never sent twice), status until complete, the file; its failures.</summary>
public class BacklinkExportTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static readonly PollOptions Quick = new() { PollInterval = TimeSpan.FromMilliseconds(10) };

    private ApiEmulator Emulator => fixture.Emulator;

    [Fact]
    public async Task An_export_starts_queued_advances_to_complete_and_names_its_file()
    {
        var account = Emulator.Accounts.AddData();
        var connection = Connection(account);

        var task = await connection.StartAsync(new BacklinkExportQuery { Target = "rows-400.example.com", Mode = "domain" });
        var observer = new FileDownloadTests.ExportObserver();
        var unfinished = await connection.WaitAsync([task.TaskId!], Quick, observer);

        Assert.Matches("^7_[0-9]+$", task.TaskId);
        Assert.Equal(("queued_for_processing", "rows-400.example.com", "domain"), (task.Status, task.Target, task.Mode));
        Assert.Empty(unfinished);
        Assert.True(observer.Ready!.IsComplete);
        Assert.EndsWith(task.TaskId + ".csv.gz", observer.Ready.DownloadUrl, StringComparison.Ordinal);
        Assert.True(observer.Rounds >= 3, "the status was read until complete");
        Assert.Equal(400, account.CreditsSpent);
        Assert.Single(Emulator.Requests.Snapshot(), r => r.Path == "v1/backlinks/export" && r.KeyFingerprint == RequestLog.FingerprintOf(account.Key));
    }

    [Fact]
    public async Task A_rejected_start_is_a_job_that_ended_naming_the_target()
    {
        var failure = await Assert.ThrowsAsync<JobEndedException>(() => Connection(Emulator.Accounts.AddData()).StartAsync(new BacklinkExportQuery { Target = "reject-quota.example.com" }));

        Assert.Equal("rejected", failure.State);
        Assert.Contains("reject-quota.example.com", failure.Message, StringComparison.Ordinal);
        Assert.Contains("quota", failure.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_file_of_an_export_still_running_is_not_asked_for()
    {
        var connection = Connection(Emulator.Accounts.AddData());
        var task = await connection.StartAsync(new BacklinkExportQuery { Target = "example.com" });

        var failure = await Assert.ThrowsAsync<JobNotDoneException>(() => connection.DownloadUrlAsync(task.TaskId, null));

        Assert.Contains("Wait-SrBacklinkExport", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_target_or_mode_is_refused_before_sending()
    {
        var account = Emulator.Accounts.AddData();
        var connection = Connection(account);

        await Assert.ThrowsAsync<InvalidTargetException>(() => connection.StartAsync(new BacklinkExportQuery { Target = "not a domain" }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.StartAsync(new BacklinkExportQuery { Target = "example.com", Mode = "page" }));

        Assert.DoesNotContain(Emulator.Requests.Snapshot(), r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key));
    }

    [Fact]
    public void Starting_an_export_creates_paid_work_and_its_status_is_free()
    {
        Assert.Equal(RequestSafety.CreatesPaidWork, BacklinkExportOperations.Start.Safety);
        Assert.Equal(1, BacklinkExportOperations.Start.Cost.PerRecord);
        Assert.True(BacklinkExportOperations.Status.Cost.IsFree);
    }

    [Fact]
    public void The_documented_start_answer_and_the_unconfirmed_status_spellings_are_read()
    {
        var created = Samples.Row(BacklinkExportOperations.Start, "seranking-backlinks-export-created");
        var status = Samples.Rows(BacklinkExportOperations.Status, "{\"task_id\": 1878619, \"status\": \"complete\", \"url\": \"https://api.seranking.com/export/c/abc.csv.gz\"}").Single();

        Assert.Equal(("7_104233", "queued_for_processing"), (created.TaskId, created.Status));
        Assert.Equal(("1878619", "complete", "https://api.seranking.com/export/c/abc.csv.gz"), (status.TaskId, status.Status, status.DownloadUrl));
        Assert.True(status.IsComplete);
    }

    private ApiConnection Connection(DataAccount account) => ApiConnection.Create(DataApiKey.Parse(account.Key), Connect.Fast(Emulator.DataApiUrl));
}
