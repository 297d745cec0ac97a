using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>Removes AI engines from a project's AI Result Tracker, with their prompts and results (free; asks first: ConfirmImpact High).</summary>
[Cmdlet(VerbsCommon.Remove, "SrAiTrackerEngine", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveSrAiTrackerEngineCommand : AiTrackerEngineCmdlet
{
    protected override void OnProcess()
    {
        var query = new AiTrackerEngineQuery { SiteId = SiteId, LlmId = LlmId };
        if (this.ConfirmProjectChange(AiTrackerOperations.RemoveEngine, query, "Remove, with its prompts and results,"))
        {
            _ = this.CallProject((connection, trace, token) => connection.SendAsync(AiTrackerOperations.RemoveEngine, query, trace, token), LlmId);
        }
    }
}
