using System.Management.Automation;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.Backlinks;
using SeRanking.Engine.Project.Sites;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Backlinks;

/// <summary>Lists the URLs and domains on projects' disavow lists, paged (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectBacklinkDisavow", SupportsPaging = true)]
[OutputType(OutputTypeNames.ProjectBacklinkDisavow)]
public sealed class GetSrProjectBacklinkDisavowCommand : PagedCmdlet
{
    /// <summary>The projects; from the pipeline by value or by a SiteId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SiteId { get; set; } = [];

    private protected override Engine.ApiKind ApiKind => Engine.ApiKind.SeRankingProject;

    protected override void OnProcess()
    {
        foreach (var id in SiteId)
        {
            this.WriteRows(ProjectBacklinkOperations.Disavowed, new ProjectSiteQuery { SiteId = id }, Window, ProjectChecks.Project(id));
        }
    }
}
