using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Backlinks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Backlinks;

/// <summary>Takes entries off a project's disavow list, one request each (free; asks first: ConfirmImpact High).</summary>
[Cmdlet(VerbsCommon.Remove, "SrProjectBacklinkDisavow", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveSrProjectBacklinkDisavowCommand : SrCmdlet
{
    /// <summary>The project; from the pipeline by a SiteId property (Get-SrProjectBacklinkDisavow output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The entries; from the pipeline by a DisavowId property (Get-SrProjectBacklinkDisavow output).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, long.MaxValue)]
    public long[] DisavowId { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in DisavowId)
        {
            var query = new ProjectBacklinkItemQuery { SiteId = SiteId, Id = id };
            if (this.ConfirmProjectChange(ProjectBacklinkOperations.RemoveDisavowed, query, "Remove"))
            {
                _ = this.CallProject((connection, trace, token) => connection.SendAsync(ProjectBacklinkOperations.RemoveDisavowed, query, trace, token), id);
            }
        }
    }
}
