using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.Backlinks;
using SeRanking.Engine.Project.Sites;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Backlinks;

/// <summary>Lists the backlink groups of projects, with their backlink counts (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectBacklinkGroup")]
[OutputType(OutputTypeNames.ProjectBacklinkGroup)]
public sealed class GetSrProjectBacklinkGroupCommand : SrCmdlet
{
    /// <summary>The projects; from the pipeline by value or by a SiteId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SiteId { get; set; } = [];

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(Engine.ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in SiteId)
        {
            this.StreamRows(ProjectBacklinkOperations.Groups, new ProjectSiteQuery { SiteId = id }, RowWindow.Everything, ProjectChecks.Project(id));
        }
    }
}
