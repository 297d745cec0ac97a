using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Sites;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Sites;

/// <summary>Gets the summary statistics of projects (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectSummary")]
[OutputType(OutputTypeNames.ProjectSummary)]
public sealed class GetSrProjectSummaryCommand : SrCmdlet
{
    /// <summary>The projects; from the pipeline by value or by a SiteId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SiteId { get; set; } = [];

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in SiteId)
        {
            this.StreamRows(ProjectSiteOperations.Summary, new ProjectSiteQuery { SiteId = id }, RowWindow.Everything, Engine.Project.ProjectChecks.Project(id));
        }
    }
}
