using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Serpstat.RankTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.RankTracker;

/// <summary>Gets the regions rank-tracker projects track (RtApiSearchEngineProcedure.getProjectRegions; free).</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatRankTrackerRegion")]
[OutputType(OutputTypeNames.SerpstatRankRegion)]
public sealed class GetSerpstatRankTrackerRegionCommand : SrCmdlet
{
    /// <summary>Rank-tracker project ids; from the pipeline by value or by a ProjectId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, long.MaxValue)]
    public long[] ProjectId { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.Serpstat);

    protected override void OnProcess()
    {
        foreach (var id in ProjectId)
        {
            this.WriteRows(SerpstatRankTrackerOperations.Regions, new SerpstatRankQuery { ProjectId = id }, RowWindow.Everything, "project " + id);
        }
    }
}
