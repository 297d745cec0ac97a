using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Analytics;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Analytics;

/// <summary>Deletes marketing-plan tasks created through the API (free; asks first: ConfirmImpact High).</summary>
[Cmdlet(VerbsCommon.Remove, "SrProjectMarketingTask", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveSrProjectMarketingTaskCommand : SrCmdlet
{
    /// <summary>The project; from the pipeline by a SiteId property (Get-SrProjectMarketingTask output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The tasks; from the pipeline by a TaskId property.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("task_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] TaskId { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in TaskId)
        {
            var query = new ProjectMarketingTaskDeleteQuery { SiteId = SiteId, TaskId = id };
            if (this.ConfirmProjectChange(ProjectAnalyticsOperations.DeleteTask, query, "Delete"))
            {
                _ = this.CallProject((connection, trace, token) => connection.SendAsync(ProjectAnalyticsOperations.DeleteTask, query, trace, token), id);
            }
        }
    }
}
