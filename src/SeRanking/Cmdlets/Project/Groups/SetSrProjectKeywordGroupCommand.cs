using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Project.Groups;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Groups;

/// <summary>Renames a keyword group (free).</summary>
[Cmdlet(VerbsCommon.Set, "SrProjectKeywordGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectKeywordGroup)]
public sealed class SetSrProjectKeywordGroupCommand : SrCmdlet
{
    /// <summary>The group; from the pipeline by a GroupId property (Get-SrProjectKeywordGroup output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("group_id")]
    [ValidateRange(1, long.MaxValue)]
    public long GroupId { get; set; }

    /// <summary>The new name.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = string.Empty;

    /// <summary>The group's project: only -PassThru needs it, to read the group back; piped groups bring it.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long? SiteId { get; set; }

    /// <summary>Write the group as it is afterwards (one more request, reading the project's groups; needs -SiteId).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        if (PassThru.IsPresent && SiteId is null)
        {
            WriteFailure(new InvalidInputException("SiteId", "-PassThru reads the group back from its project's groups: give -SiteId too (piped keyword groups bring it)."), GroupId);
            return;
        }

        var query = new ProjectGroupNameQuery { GroupId = GroupId, Name = Name };
        if (!this.ConfirmProjectChange(ProjectGroupOperations.RenameKeywordGroup, query, "Rename to '" + Name.Trim() + "'"))
        {
            return;
        }

        var (groupId, siteId, passThru) = (GroupId, SiteId, PassThru.IsPresent);
        var group = this.CallProject(
            async (connection, trace, token) =>
            {
                _ = await connection.SendAsync(ProjectGroupOperations.RenameKeywordGroup, query, trace, token).ConfigureAwait(false);
                return passThru ? await connection.FindKeywordGroupAsync(siteId!.Value, groupId, trace, token).ConfigureAwait(false) : null;
            },
            groupId);
        if (group is not null)
        {
            WriteObject(group);
        }
    }
}
