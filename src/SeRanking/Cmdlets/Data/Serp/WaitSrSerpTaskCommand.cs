using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Data.Serp;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Data.Serp;

/// <summary>Waits for SERP tasks to finish, with a progress bar, and outputs each task as it is done (free).</summary>
[Cmdlet(VerbsLifecycle.Wait, "SrSerpTask")]
[OutputType(OutputTypeNames.SerpTaskState)]
public sealed class WaitSrSerpTaskCommand : JobWaitCmdlet
{
    private readonly List<long> _taskIds = [];

    /// <summary>Task ids; from the pipeline by value or by an Id or TaskId property (New-SrSerpTask output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("TaskId", "task_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] Id { get; set; } = [];

    protected override void OnBegin() => ModuleSession.Require(ApiKind.SeRankingData);

    protected override void OnProcess() => _taskIds.AddRange(Id);

    protected override void OnEnd()
    {
        if (_taskIds.Count == 0)
        {
            return;
        }

        var connection = ModuleSession.Require(ApiKind.SeRankingData);
        var options = JobWaits.Options(PollIntervalSec, TimeoutSec);
        this.WaitForJobs<long, SerpTaskState>(
            "Waiting for SE Ranking SERP tasks",
            (observer, trace, cancellationToken) => SerpTaskWaiter.WaitAsync(connection, _taskIds, options, observer, trace, cancellationToken),
            (_, state) => state,
            SerpTaskWaiter.Describe,
            taskId => "Wait-SrSerpTask -Id " + taskId.ToString(CultureInfo.InvariantCulture),
            TimeoutSec);
    }
}
