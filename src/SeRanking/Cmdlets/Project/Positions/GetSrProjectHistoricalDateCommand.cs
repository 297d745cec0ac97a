using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.Positions;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Positions;

/// <summary>Gets a project's standard comparison dates (current, yesterday, 7, 30, 90 days back) as rows (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectHistoricalDate")]
[OutputType(OutputTypeNames.ProjectHistoricalDate)]
public sealed class GetSrProjectHistoricalDateCommand : SrCmdlet
{
    /// <summary>The projects; from the pipeline by value or by a SiteId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SiteId { get; set; } = [];

    /// <summary>One search engine of the project; from the pipeline by a SiteEngineId property.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("site_engine_id")]
    public long? SiteEngineId { get; set; }

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in SiteId)
        {
            this.StreamRows(ProjectPositionOperations.HistoricalDates, new ProjectDatesQuery { SiteId = id, SiteEngineId = SiteEngineId }, RowWindow.Everything, ProjectChecks.Project(id));
        }
    }
}
