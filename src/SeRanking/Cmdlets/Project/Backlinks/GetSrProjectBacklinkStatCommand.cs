using System.Management.Automation;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.Backlinks;
using SeRanking.Engine.Project.Sites;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Backlinks;

/// <summary>Gets the backlink checker's totals of projects: backlinks, domains, IPs, dofollow, nofollow and the plan's limit (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectBacklinkStat")]
[OutputType(OutputTypeNames.ProjectBacklinkStat)]
public sealed class GetSrProjectBacklinkStatCommand : SrCmdlet
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
            this.WriteOne(ProjectBacklinkOperations.Stat, new ProjectSiteQuery { SiteId = id }, ProjectChecks.Project(id));
        }
    }
}
