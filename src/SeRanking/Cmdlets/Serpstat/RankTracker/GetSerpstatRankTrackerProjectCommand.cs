using System.Management.Automation;
using SeRanking.Engine.Serpstat.RankTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.RankTracker;

/// <summary>Gets the Serpstat rank-tracker projects of the account (RtApiProjectProcedure.getProjects; free).</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatRankTrackerProject", SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatRankProject)]
public sealed class GetSerpstatRankTrackerProjectCommand : SerpstatListCmdlet
{
    protected override void OnEnd() => this.WriteRows(SerpstatRankTrackerOperations.Projects, new SerpstatRankQuery(), Window, "the rank-tracker projects");
}
