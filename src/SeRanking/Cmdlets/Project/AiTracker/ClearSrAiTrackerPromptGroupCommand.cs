using System.Management.Automation;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>Empties AI-tracker prompt groups: removes their prompts from every engine (free; asks first: ConfirmImpact High).</summary>
[Cmdlet(VerbsCommon.Clear, "SrAiTrackerPromptGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(OutputTypeNames.AiTrackerPromptGroup)]
public sealed class ClearSrAiTrackerPromptGroupCommand : AiTrackerPromptGroupCmdlet
{
    /// <summary>Write the group as it is afterwards (one more request).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnProcess()
    {
        var query = new AiTrackerPromptGroupQuery { SiteId = SiteId, GroupId = GroupId };
        if (this.ConfirmProjectChange(AiTrackerOperations.ClearPromptGroup, query, "Remove every prompt of"))
        {
            var (site, group, passThru) = (SiteId, GroupId, PassThru.IsPresent);
            if (this.CallProject((connection, trace, token) => connection.ChangePromptGroupAsync(AiTrackerOperations.ClearPromptGroup, query, site, group, passThru, trace, token), GroupId) is { } changed)
            {
                WriteObject(changed);
            }
        }
    }
}
