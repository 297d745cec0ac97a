using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Groups;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Groups;

/// <summary>Renames a project group (free).</summary>
[Cmdlet(VerbsCommon.Set, "SrProjectGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectGroup)]
public sealed class SetSrProjectGroupCommand : SrCmdlet
{
    /// <summary>The group; from the pipeline by a GroupId property (Get-SrProjectGroup output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("group_id")]
    [ValidateRange(1, long.MaxValue)]
    public long GroupId { get; set; }

    /// <summary>The new name.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = string.Empty;

    /// <summary>Write the group as it is afterwards (one more request, reading the group list).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        var query = new ProjectGroupNameQuery { GroupId = GroupId, Name = Name };
        if (!this.ConfirmProjectChange(ProjectGroupOperations.Rename, query, "Rename to '" + Name.Trim() + "'"))
        {
            return;
        }

        var (groupId, passThru) = (GroupId, PassThru.IsPresent);
        var group = this.CallProject(
            async (connection, trace, token) =>
            {
                _ = await connection.SendAsync(ProjectGroupOperations.Rename, query, trace, token).ConfigureAwait(false);
                return passThru ? await connection.FindGroupAsync(groupId, trace, token).ConfigureAwait(false) : null;
            },
            groupId);
        if (group is not null)
        {
            WriteObject(group);
        }
    }
}
