using System.Collections.Generic;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Serpstat.Tasks;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Serpstat.Tasks;

/// <summary>Waits for Serpstat domain classification tasks to finish, with a progress bar, and outputs each as it finishes (free).</summary>
[Cmdlet(VerbsLifecycle.Wait, "SerpstatDomainClassification")]
[OutputType(OutputTypeNames.SerpstatClassificationTask)]
public sealed class WaitSerpstatDomainClassificationCommand : JobWaitCmdlet
{
    private readonly List<string> _taskIds = [];

    /// <summary>Task ids; from the pipeline by value or by a TaskId property (Start-SerpstatDomainClassification output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "task_id")]
    [ValidateNotNullOrEmpty]
    public string[] TaskId { get; set; } = [];

    protected override void OnBegin() => ModuleSession.Require(ApiKind.Serpstat);

    protected override void OnProcess() => _taskIds.AddRange(TaskId);

    protected override void OnEnd()
    {
        if (_taskIds.Count == 0)
        {
            return;
        }

        var connection = ModuleSession.Require(ApiKind.Serpstat);
        var options = JobWaits.Options(PollIntervalSec, TimeoutSec);
        this.WaitForJobs<string, SerpstatClassificationTask>(
            "Waiting for Serpstat domain classification",
            (observer, trace, cancellationToken) => connection.WaitAsync(_taskIds, options, observer, trace, cancellationToken),
            (_, task) => task,
            SerpstatClassificationOperations.Describe,
            id => "Wait-SerpstatDomainClassification -TaskId " + id,
            TimeoutSec);
    }
}
