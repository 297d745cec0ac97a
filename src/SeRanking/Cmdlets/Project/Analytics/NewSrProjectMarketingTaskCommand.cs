using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Project.Analytics;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Analytics;

/// <summary>Adds a task to projects' marketing plans (free) and writes it as the plan lists it.</summary>
[Cmdlet(VerbsCommon.New, "SrProjectMarketingTask", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectMarketingTask)]
public sealed class NewSrProjectMarketingTaskCommand : SrCmdlet
{
    /// <summary>The project; from the pipeline by a SiteId property (Get-SrProject output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The task's title.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Title { get; set; } = string.Empty;

    /// <summary>What to do, in words.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Text { get; set; }

    /// <summary>Add the task to every project of the account (for_all).</summary>
    [Parameter]
    [Alias("for_all")]
    public SwitchParameter ForAllProjects { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        var query = new ProjectMarketingTaskQuery { SiteId = SiteId, Title = Title, Text = Text, ForAllProjects = ForAllProjects.IsPresent ? true : null };
        if (this.ConfirmProjectChange(ProjectAnalyticsOperations.CreateTask, query, ForAllProjects.IsPresent ? "Add to the plan of every project, from" : "Add to the marketing plan"))
        {
            if (this.CallProject((connection, trace, token) => connection.CreateTaskAsync(query, trace, token), Title) is { } task)
            {
                WriteObject(task);
            }
        }
    }
}
