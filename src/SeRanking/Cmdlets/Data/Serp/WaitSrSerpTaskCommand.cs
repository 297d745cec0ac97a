using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Data.Serp;
using SeRanking.Engine.Errors;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Data.Serp;

/// <summary>Waits for SERP tasks to finish, with a progress bar, and outputs each task as it is done (free).</summary>
[Cmdlet(VerbsLifecycle.Wait, "SrSerpTask")]
[OutputType(OutputTypeNames.SerpTaskState)]
public sealed class WaitSrSerpTaskCommand : SrCmdlet
{
    private readonly List<long> _taskIds = [];

    /// <summary>Task ids; from the pipeline by value or by an Id or TaskId property (New-SrSerpTask output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("TaskId", "task_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] Id { get; set; } = [];

    /// <summary>Seconds between two rounds of reads (default 5).</summary>
    [Parameter]
    [ValidateRange(1, 3600)]
    public int PollIntervalSec { get; set; } = 5;

    /// <summary>Give up after this many seconds; the tasks still processing are reported as errors. Default: wait until done or Ctrl+C.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int TimeoutSec { get; set; }

    protected override void OnBegin() => ModuleSession.Require(ApiKind.SeRankingData);

    protected override void OnProcess() => _taskIds.AddRange(Id);

    protected override void OnEnd()
    {
        if (_taskIds.Count == 0)
        {
            return;
        }

        var connection = ModuleSession.Require(ApiKind.SeRankingData);
        var options = new SerpWaitOptions
        {
            PollInterval = TimeSpan.FromSeconds(PollIntervalSec),
            Timeout = TimeoutSec > 0 ? TimeSpan.FromSeconds(TimeoutSec) : null,
        };
        var progress = new ProgressRecord(ActivityId, "Waiting for SE Ranking SERP tasks", "Reading task status");
        try
        {
            var unfinished = this.Run((pump, trace, cancellationToken) =>
                SerpTaskWaiter.WaitAsync(connection, _taskIds, options, new Observer(this, pump, progress), trace, cancellationToken));
            foreach (var taskId in unfinished)
            {
                WriteFailure(
                    new TimeoutException($"SERP task {taskId.ToString(CultureInfo.InvariantCulture)} was still processing after {TimeoutSec.ToString(CultureInfo.InvariantCulture)} s. Wait again later (Wait-SrSerpTask -Id {taskId.ToString(CultureInfo.InvariantCulture)}) or raise -TimeoutSec."),
                    taskId);
            }
        }
        finally
        {
            progress.RecordType = ProgressRecordType.Completed;
            WriteProgress(progress);
        }
    }

    private const int ActivityId = 0x5e5e;

    /// <summary>Posts the waiter's reports to the pipeline thread.</summary>
    private sealed class Observer(WaitSrSerpTaskCommand cmdlet, PipelineThreadPump pump, ProgressRecord progress) : ISerpTaskWaitObserver
    {
        public void TaskDone(SerpTaskState state) => pump.Post(() => cmdlet.WriteObject(state));

        public void TaskFailed(long taskId, ApiException failure) => pump.Post(() => cmdlet.WriteFailure(failure, taskId));

        public void Progress(int done, int total, TimeSpan elapsed) => pump.Post(() =>
        {
            progress.StatusDescription = $"{done.ToString(CultureInfo.InvariantCulture)} of {total.ToString(CultureInfo.InvariantCulture)} done, {elapsed.TotalSeconds.ToString("N0", CultureInfo.InvariantCulture)} s";
            progress.PercentComplete = total == 0 ? 100 : done * 100 / total;
            cmdlet.WriteProgress(progress);
        });
    }
}
