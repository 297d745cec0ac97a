using System.Management.Automation;
using SeRanking.Engine.Serpstat.RankTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.RankTracker;

/// <summary>Gets whether a rank-tracker update is running for project regions (RtApiSearchEngineProcedure.getProjectStatus; free).</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatRankTrackerUpdate")]
[OutputType(OutputTypeNames.SerpstatRankStatus)]
public sealed class GetSerpstatRankTrackerUpdateCommand : SrCmdlet
{
    /// <summary>The rank-tracker project; from the pipeline by a ProjectId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, long.MaxValue)]
    public long ProjectId { get; set; }

    /// <summary>The project's region (regionId); from the pipeline by a RegionId property (Get-SerpstatRankTrackerRegion's).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, long.MaxValue)]
    public long RegionId { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.Serpstat);

    protected override void OnProcess() =>
        this.WriteOne(SerpstatRankTrackerOperations.Status, new SerpstatRankQuery { ProjectId = ProjectId, RegionId = RegionId }, $"project {ProjectId}, region {RegionId}");
}
