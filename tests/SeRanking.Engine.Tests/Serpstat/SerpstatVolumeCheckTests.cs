using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Operations.Polling;
using SeRanking.Engine.Serpstat.Tasks;
using SeRanking.Engine.Tests.Support;

namespace SeRanking.Engine.Tests.Serpstat;

/// <summary>
/// The keyword volume checker (§13) against the emulator: a task is started once, waited for
/// with the shared poller (progress read from getTaskStatus), and its volumes read page by page;
/// none of it spends lines, and a refused query sends nothing.
/// </summary>
public class SerpstatVolumeCheckTests(FastSerpstatFixture fixture) : IClassFixture<FastSerpstatFixture>
{
    private static readonly PollOptions Quick = new() { PollInterval = TimeSpan.FromMilliseconds(20) };

    [Fact]
    public async Task A_volume_check_starts_once_is_waited_for_and_reads_one_row_per_keyword()
    {
        var (connection, account) = fixture.Connect();
        var keywords = Enumerable.Range(1, 2300).Select(i => $"tent {i}").Concat(["tent 1", "blocked-word"]).ToList();

        var task = await connection.GetAsync(SerpstatVolumeOperations.Start, new SerpstatVolumeCheckQuery { Keywords = keywords, RegionId = 2840, TypeId = 1 });
        var observer = new Recorder<SerpstatVolumeTaskStatus>();
        var unfinished = await connection.WaitAsync([task.TaskId!], Quick, observer);
        var rows = new List<SerpstatKeywordVolume>();
        await foreach (var row in connection.StreamAsync(SerpstatVolumeOperations.Result, new SerpstatTaskQuery { TaskId = task.TaskId! }, RowWindow.Everything))
        {
            rows.Add(row);
        }

        Assert.StartsWith("vol-", task.TaskId, StringComparison.Ordinal);
        Assert.Equal((2300L, 0L, 2840L, 2301), (task.Accepted!.Value, task.DuplicatesCleaned!.Value, task.RegionId, task.Keywords));
        Assert.Contains("blocked-word", task.Blocked, StringComparison.Ordinal);
        Assert.Empty(unfinished);
        var done = Assert.Single(observer.Done);
        Assert.Equal(("finished", 100, task.TaskId!), (done.Status, done.Progress!.Value, done.TaskId));
        Assert.Equal(2300, rows.Count);
        Assert.Equal(Enumerable.Range(1, 2300).Select(i => $"tent {i}"), rows.Select(r => r.Keyword));
        Assert.All(rows, r => Assert.True(r.SearchVolume > 0 && r.Cost > 0 && r.History!.Count == 12 && r.TaskId == task.TaskId && r.AdditionalFields is null));
        Assert.StartsWith("2025-01-01: ", rows[0].History!.ToString(), StringComparison.Ordinal);

        var requests = fixture.RequestsOf(account).Select(r => r.Path).ToList();
        Assert.Equal(1, requests.Count(p => p == "SerpstatTaskProcedure.addKeywordListFreq"));
        Assert.Equal(2, requests.Count(p => p == "SerpstatTaskProcedure.getTaskStatus"));
        Assert.Equal(3, requests.Count(p => p == "SerpstatTaskProcedure.getTaskResult"));
        Assert.Equal(0, account.UsedLines);
        Assert.True(SerpstatVolumeOperations.Start.Cost.IsFree && SerpstatVolumeOperations.Start.Safety == SeRanking.Engine.Transport.RequestSafety.CreatesPaidWork);
    }

    [Fact]
    public async Task A_slow_task_is_still_running_at_the_timeout_and_an_unknown_one_is_an_error()
    {
        var (connection, _) = fixture.Connect();
        var slow = await connection.GetAsync(SerpstatVolumeOperations.Start, new SerpstatVolumeCheckQuery { Keywords = ["slow-tent"], RegionId = 1 });

        var observer = new Recorder<SerpstatVolumeTaskStatus>();
        var unfinished = await connection.WaitAsync([slow.TaskId!, "vol-404"], Quick with { Timeout = TimeSpan.FromMilliseconds(150) }, observer);

        Assert.Equal([slow.TaskId!], unfinished);
        var failure = Assert.Single(observer.Failed);
        Assert.Equal("vol-404", failure.Job);
        Assert.Contains("Task not found", failure.Failure.Message, StringComparison.Ordinal);
        Assert.Contains(observer.Rounds, r => r.Status is { } s && s.StartsWith("processing, ", StringComparison.Ordinal) && s.EndsWith(" %", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0L, null, "RegionId")]
    [InlineData(5L, 3, "TypeId")]
    [InlineData(5L, null, "Keyword")]
    public async Task A_refused_volume_check_sends_nothing(long region, int? type, string parameter)
    {
        var (connection, account) = fixture.Connect();
        var keywords = parameter == "Keyword" ? new[] { new string('k', 101) } : ["tent"];

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => connection.GetAsync(SerpstatVolumeOperations.Start, new SerpstatVolumeCheckQuery { Keywords = keywords, RegionId = region, TypeId = type }));

        Assert.Equal(parameter, refused.ParamName);
        Assert.Empty(fixture.RequestsOf(account));
    }

    [Fact]
    public void The_result_object_is_the_one_row_whatever_arrays_it_holds_and_a_bare_true_is_no_row()
    {
        // RowLocation.ObjectAtPath: ArrayOrDocument would take the blocked array for the rows.
        var task = Assert.Single(Samples.Rows(SerpstatVolumeOperations.Start, """{"id":"1","result":{"taskId":"a1","accepted":2,"duplicates_cleaned":0,"blocked":[{"keyword":"x"},{"keyword":"y"}]}}"""));
        var none = Samples.Rows(SerpstatVolumeOperations.Start, """{"id":"1","result":true}""");

        Assert.Equal(("a1", 2L, "x; y"), (task.TaskId, task.Accepted!.Value, task.Blocked));
        Assert.Empty(none);
    }

    /// <summary>What a wait reported.</summary>
    internal sealed class Recorder<T> : IJobPollObserver<string, T>
    {
        public List<T> Done { get; } = [];

        public List<(string Job, Exception Failure)> Failed { get; } = [];

        public List<PollProgress> Rounds { get; } = [];

        void IJobPollObserver<string, T>.Done(string job, T result) => Done.Add(result);

        void IJobPollObserver<string, T>.Failed(string job, Exception failure) => Failed.Add((job, failure));

        void IJobPollObserver<string, T>.Progress(PollProgress progress) => Rounds.Add(progress);
    }
}
