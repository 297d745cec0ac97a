using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Backlinks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Backlinks;

/// <summary>Deletes backlink groups of a project (free; asks first: ConfirmImpact High).</summary>
[Cmdlet(VerbsCommon.Remove, "SrProjectBacklinkGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveSrProjectBacklinkGroupCommand : SrCmdlet
{
    /// <summary>The project; from the pipeline by a SiteId property (Get-SrProjectBacklinkGroup output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The groups; from the pipeline by a GroupId property.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, long.MaxValue)]
    public long[] GroupId { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in GroupId)
        {
            var query = new ProjectBacklinkItemQuery { SiteId = SiteId, Id = id };
            if (this.ConfirmProjectChange(ProjectBacklinkOperations.RemoveGroup, query, "Delete"))
            {
                _ = this.CallProject((connection, trace, token) => connection.SendAsync(ProjectBacklinkOperations.RemoveGroup, query, trace, token), id);
            }
        }
    }
}
