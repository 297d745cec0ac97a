using System.Management.Automation;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>Gets where tracking of a project's AI engines stands: the round's status and progress (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrAiTrackerStatus")]
[OutputType(OutputTypeNames.AiTrackerStatus)]
public sealed class GetSrAiTrackerStatusCommand : AiTrackerEngineCmdlet
{
    protected override void OnProcess()
    {
        var query = new AiTrackerEngineQuery { SiteId = SiteId, LlmId = LlmId };
        this.WriteOne(AiTrackerOperations.Status, query, AiTrackerCalls.Describe(query));
    }
}
