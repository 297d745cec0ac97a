using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Analytics;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Analytics;

/// <summary>Edits a marketing-plan task, or ticks or unticks it (free).</summary>
[Cmdlet(VerbsCommon.Set, "SrProjectMarketingTask", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectMarketingTask)]
public sealed class SetSrProjectMarketingTaskCommand : SrCmdlet
{
    /// <summary>The project; from the pipeline by a SiteId property (Get-SrProjectMarketingTask output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The task; from the pipeline by a TaskId property.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("task_id")]
    [ValidateRange(1, long.MaxValue)]
    public long TaskId { get; set; }

    /// <summary>A new title.</summary>
    [Parameter]
    public string? Title { get; set; }

    /// <summary>A new text.</summary>
    [Parameter]
    public string? Text { get; set; }

    /// <summary>$true ticks the task, $false unticks it: a change of its own.</summary>
    [Parameter]
    public bool? Checked { get; set; }

    /// <summary>Write the task as it is afterwards (one more request).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        var query = new ProjectMarketingTaskQuery { SiteId = SiteId, TaskId = TaskId, Title = Title, Text = Text, Checked = Checked };
        if (!this.ConfirmProjectChange(ProjectAnalyticsOperations.UpdateTask, query, Checked is { } ticked ? (ticked ? "Tick" : "Untick") : "Change"))
        {
            return;
        }

        var (siteId, taskId, passThru) = (SiteId, TaskId, PassThru.IsPresent);
        var task = this.CallProject(
            async (connection, trace, token) =>
            {
                _ = await connection.SendAsync(ProjectAnalyticsOperations.UpdateTask, query, trace, token).ConfigureAwait(false);
                return passThru ? await connection.FindTaskAsync(siteId, taskId, null, trace, token).ConfigureAwait(false) : null;
            },
            taskId);
        if (task is not null)
        {
            WriteObject(task);
        }
    }
}
