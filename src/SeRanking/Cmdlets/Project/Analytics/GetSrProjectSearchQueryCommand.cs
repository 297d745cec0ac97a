using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.Analytics;
using SeRanking.Engine.Project.Sites;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Analytics;

/// <summary>Lists the popular Google Search Console queries of projects (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectSearchQuery")]
[OutputType(OutputTypeNames.ProjectSearchQuery)]
public sealed class GetSrProjectSearchQueryCommand : SrCmdlet
{
    /// <summary>The projects; from the pipeline by value or by a SiteId property (Get-SrProject output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SiteId { get; set; } = [];

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in SiteId)
        {
            this.StreamRows(ProjectAnalyticsOperations.SearchQueries, new ProjectSiteQuery { SiteId = id }, RowWindow.Everything, ProjectChecks.Project(id));
        }
    }
}
