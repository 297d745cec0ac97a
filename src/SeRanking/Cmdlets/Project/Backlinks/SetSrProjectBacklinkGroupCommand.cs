using System.Linq;
using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Backlinks;
using SeRanking.Engine.Project.Sites;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Backlinks;

/// <summary>Renames a backlink group (free); -PassThru writes it read back.</summary>
[Cmdlet(VerbsCommon.Set, "SrProjectBacklinkGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectBacklinkGroup)]
public sealed class SetSrProjectBacklinkGroupCommand : SrCmdlet
{
    /// <summary>The project; from the pipeline by a SiteId property (Get-SrProjectBacklinkGroup output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The group; from the pipeline by a GroupId property.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, long.MaxValue)]
    public long GroupId { get; set; }

    /// <summary>The new name.</summary>
    [Parameter(Mandatory = true, Position = 2)]
    [Alias("NewName")]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = string.Empty;

    /// <summary>Write the group, read back from the list, after the change.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        var query = new ProjectBacklinkGroupQuery { SiteId = SiteId, GroupId = GroupId, Name = Name };
        if (!this.ConfirmProjectChange(ProjectBacklinkOperations.RenameGroup, query, "Rename to"))
        {
            return;
        }

        var (site, group, passThru) = (SiteId, GroupId, PassThru.IsPresent);
        var renamed = this.CallProject(
            async (connection, trace, token) =>
            {
                _ = await connection.SendAsync(ProjectBacklinkOperations.RenameGroup, query, trace, token).ConfigureAwait(false);
                return passThru
                    ? (await connection.ListAsync(ProjectBacklinkOperations.Groups, new ProjectSiteQuery { SiteId = site }, trace, token).ConfigureAwait(false)).FirstOrDefault(g => g.GroupId == group)
                    : null;
            },
            group);
        if (renamed is not null)
        {
            WriteObject(renamed);
        }
    }
}
