using System.Linq;
using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Backlinks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Backlinks;

/// <summary>Moves monitored backlinks (every row id piped in) into a backlink group, in one request (free).</summary>
[Cmdlet(VerbsCommon.Move, "SrProjectBacklink", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectBacklink)]
public sealed class MoveSrProjectBacklinkCommand : ProjectBacklinkBatchCmdlet
{
    /// <summary>The group they go to (Get-SrProjectBacklinkGroup lists them).</summary>
    [Parameter(Mandatory = true)]
    [Alias("TargetGroupId")]
    [ValidateRange(1, long.MaxValue)]
    public long GroupId { get; set; }

    /// <summary>Groups whose backlinks all move too.</summary>
    [Parameter]
    [Alias("group_ids")]
    [ValidateRange(1, long.MaxValue)]
    public long[]? FromGroupId { get; set; }

    /// <summary>Write the backlinks moved (those piped in), read back from the list.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnEnd()
    {
        foreach (var (site, ids) in Gathered.Select(p => (p.Key, p.Value)))
        {
            var query = new ProjectBacklinkMoveQuery { SiteId = site, GroupId = GroupId, BacklinkIds = ids, FromGroupIds = FromGroupId };
            if (this.ConfirmProjectChange(ProjectBacklinkOperations.Move, query, "Move"))
            {
                var passThru = PassThru.IsPresent;
                var rows = this.CallProject(
                    async (connection, trace, token) =>
                    {
                        _ = await connection.SendAsync(ProjectBacklinkOperations.Move, query, trace, token).ConfigureAwait(false);
                        return passThru ? await connection.ReadBacklinksAsync(site, ids, trace, token).ConfigureAwait(false) : null;
                    },
                    site);
                if (rows is not null)
                {
                    WriteObject(rows, enumerateCollection: true);
                }
            }
        }
    }
}
