using System.Management.Automation;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>Moves an AI-tracker prompt group before or after another in the project's order (free).</summary>
[Cmdlet(VerbsCommon.Move, "SrAiTrackerPromptGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = "Before")]
[OutputType(OutputTypeNames.AiTrackerPromptGroup)]
public sealed class MoveSrAiTrackerPromptGroupCommand : AiTrackerPromptGroupCmdlet
{
    /// <summary>The group to place it before (before_id).</summary>
    [Parameter(Mandatory = true, ParameterSetName = "Before")]
    [Alias("before_id")]
    [ValidateRange(1, long.MaxValue)]
    public long Before { get; set; }

    /// <summary>The group to place it after (after_id).</summary>
    [Parameter(Mandatory = true, ParameterSetName = "After")]
    [Alias("after_id")]
    [ValidateRange(1, long.MaxValue)]
    public long After { get; set; }

    /// <summary>Write the group as it is afterwards (one more request).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnProcess()
    {
        var query = ParameterSetName == "Before"
            ? new AiTrackerPromptGroupOrderQuery { SiteId = SiteId, GroupId = GroupId, BeforeId = Before }
            : new AiTrackerPromptGroupOrderQuery { SiteId = SiteId, GroupId = GroupId, AfterId = After };
        if (this.ConfirmProjectChange(AiTrackerOperations.OrderPromptGroup, query, "Move"))
        {
            var (site, group, passThru) = (SiteId, GroupId, PassThru.IsPresent);
            if (this.CallProject((connection, trace, token) => connection.ChangePromptGroupAsync(AiTrackerOperations.OrderPromptGroup, query, site, group, passThru, trace, token), GroupId) is { } changed)
            {
                WriteObject(changed);
            }
        }
    }
}
