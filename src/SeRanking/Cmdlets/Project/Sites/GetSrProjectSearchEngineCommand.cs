using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.Sites;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Sites;

/// <summary>Lists the search engines of projects (free): their SiteEngineId binds to positions, keywords and rechecks.</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectSearchEngine")]
[OutputType(OutputTypeNames.ProjectSearchEngine)]
public sealed class GetSrProjectSearchEngineCommand : SrCmdlet
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
            this.StreamRows(ProjectSiteOperations.SearchEngines, new ProjectSiteQuery { SiteId = id }, RowWindow.Everything, ProjectChecks.Project(id));
        }
    }
}
