using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>Deletes AI-tracker prompt groups; their prompts move to the default group (free; asks first: ConfirmImpact High).</summary>
[Cmdlet(VerbsCommon.Remove, "SrAiTrackerPromptGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveSrAiTrackerPromptGroupCommand : AiTrackerPromptGroupCmdlet
{
    protected override void OnProcess()
    {
        var query = new AiTrackerPromptGroupQuery { SiteId = SiteId, GroupId = GroupId };
        if (this.ConfirmProjectChange(AiTrackerOperations.DeletePromptGroup, query, "Delete (its prompts move to the default group)"))
        {
            _ = this.CallProject((connection, trace, token) => connection.SendAsync(AiTrackerOperations.DeletePromptGroup, query, trace, token), GroupId);
        }
    }
}
