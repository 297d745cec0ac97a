using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>Gets SE Ranking's recommendations drawn from what AI answers cited for projects (free; unified host only).</summary>
[Cmdlet(VerbsCommon.Get, "SrAiTrackerSourceRecommendation")]
[OutputType(OutputTypeNames.AiTrackerSourceRecommendation)]
public sealed class GetSrAiTrackerSourceRecommendationCommand : AiTrackerSourceCmdlet
{
    protected override void OnProcess()
    {
        foreach (var id in SiteId)
        {
            this.StreamRows(AiTrackerSourceOperations.Recommendations, QueryFor(id), RowWindow.Everything, ProjectChecks.Project(id));
        }
    }
}
