using System.Management.Automation;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>Gets totals of what AI answers cited for projects over a range: domains, pages, answers, brand mentions (free; unified host only).</summary>
[Cmdlet(VerbsCommon.Get, "SrAiTrackerSourceSummary")]
[OutputType(OutputTypeNames.AiTrackerSourceSummary)]
public sealed class GetSrAiTrackerSourceSummaryCommand : AiTrackerSourceCmdlet
{
    protected override void OnProcess()
    {
        foreach (var id in SiteId)
        {
            this.WriteOne(AiTrackerSourceOperations.Summary, QueryFor(id), ProjectChecks.Project(id));
        }
    }
}
