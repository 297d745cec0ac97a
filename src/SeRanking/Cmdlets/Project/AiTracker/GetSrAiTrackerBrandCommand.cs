using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>Gets the brand the AI Result Tracker looks for in a project's AI answers (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrAiTrackerBrand")]
[OutputType(OutputTypeNames.AiTrackerBrand)]
public sealed class GetSrAiTrackerBrandCommand : SrCmdlet
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
            this.WriteOne(AiTrackerOperations.Brand, new AiTrackerSiteQuery { SiteId = id }, ProjectChecks.Project(id));
        }
    }
}
