using System.Collections.Generic;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Data.Backlinks;

/// <summary>Waits for backlink exports to be ready, with a progress bar, and outputs each export as its file is ready (free).</summary>
[Cmdlet(VerbsLifecycle.Wait, "SrBacklinkExport")]
[OutputType(OutputTypeNames.BacklinkExportTask)]
public sealed class WaitSrBacklinkExportCommand : JobWaitCmdlet
{
    private readonly List<string> _taskIds = [];
    private readonly Dictionary<string, (string? Target, string? Mode)> _about = [];

    /// <summary>Export ids; from the pipeline by value or by a TaskId property (Start-SrBacklinkExport output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("task_id", "Id")]
    [ValidateNotNullOrEmpty]
    public string[] TaskId { get; set; } = [];

    /// <summary>The exported target, carried to the output (the status does not say it).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Target { get; set; }

    /// <summary>The export's mode, carried to the output.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Mode { get; set; }

    protected override void OnBegin() => ModuleSession.Require(ApiKind.SeRankingData);

    protected override void OnProcess()
    {
        foreach (var id in TaskId)
        {
            var taskId = id.Trim();
            _taskIds.Add(taskId);
            _about[taskId] = (Target, Mode);
        }
    }

    protected override void OnEnd()
    {
        if (_taskIds.Count == 0)
        {
            return;
        }

        var connection = ModuleSession.Require(ApiKind.SeRankingData);
        var options = JobWaits.Options(PollIntervalSec, TimeoutSec);
        this.WaitForJobs<string, BacklinkExportTask>(
            "Waiting for SE Ranking backlink exports",
            (observer, trace, cancellationToken) => connection.WaitAsync(_taskIds, options, observer, trace, cancellationToken),
            (taskId, task) =>
            {
                (task.Target, task.Mode) = _about.TryGetValue(taskId, out var about) ? about : (null, null);
                task.TaskId ??= taskId;
                return task;
            },
            BacklinkExports.Describe,
            taskId => "Wait-SrBacklinkExport -TaskId " + taskId,
            TimeoutSec);
    }
}
