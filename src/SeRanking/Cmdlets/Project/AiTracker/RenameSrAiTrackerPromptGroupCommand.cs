using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>Renames an AI-tracker prompt group (free).</summary>
[Cmdlet(VerbsCommon.Rename, "SrAiTrackerPromptGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.AiTrackerPromptGroup)]
public sealed class RenameSrAiTrackerPromptGroupCommand : AiTrackerPromptGroupCmdlet
{
    /// <summary>The new name: 1–255 characters, not one the project has.</summary>
    [Parameter(Mandatory = true, Position = 2)]
    [AllowEmptyString]
    public string NewName { get; set; } = string.Empty;

    /// <summary>Write the group as it is afterwards (one more request).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnProcess()
    {
        var query = new AiTrackerPromptGroupQuery { SiteId = SiteId, GroupId = GroupId, Name = NewName };
        if (!this.ConfirmProjectChange(AiTrackerOperations.RenamePromptGroup, query, "Rename"))
        {
            return;
        }

        var (passThru, groupId) = (PassThru.IsPresent, GroupId);
        var list = new AiTrackerPromptGroupListQuery { SiteId = SiteId };
        var group = this.CallProject(
            async (connection, trace, token) =>
            {
                _ = await connection.SendAsync(AiTrackerOperations.RenamePromptGroup, query, trace, token).ConfigureAwait(false);
                if (!passThru)
                {
                    return null;
                }

                var groups = await connection.ListAsync(AiTrackerOperations.PromptGroups, list, trace, token).ConfigureAwait(false);
                return System.Linq.Enumerable.FirstOrDefault(groups, g => g.GroupId == groupId);
            },
            GroupId);
        if (group is not null)
        {
            WriteObject(group);
        }
    }
}
