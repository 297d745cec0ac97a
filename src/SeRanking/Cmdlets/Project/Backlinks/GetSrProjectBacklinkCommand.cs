using System.Management.Automation;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.Backlinks;
using SeRanking.Engine.Project.Sites;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Backlinks;

/// <summary>Lists the backlinks a project's backlink checker monitors, paged (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectBacklink", SupportsPaging = true)]
[OutputType(OutputTypeNames.ProjectBacklink)]
public sealed class GetSrProjectBacklinkCommand : PagedCmdlet
{
    /// <summary>The projects; from the pipeline by value or by a SiteId property (Get-SrProject output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SiteId { get; set; } = [];

    private protected override Engine.ApiKind ApiKind => Engine.ApiKind.SeRankingProject;

    protected override void OnProcess()
    {
        foreach (var id in SiteId)
        {
            this.WriteRows(ProjectBacklinkOperations.List, new ProjectSiteQuery { SiteId = id }, Window, ProjectChecks.Project(id));
        }
    }
}
