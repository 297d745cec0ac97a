using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.UrlTags;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.UrlTags;

/// <summary>Deletes URL tags of a project (free; asks first: ConfirmImpact High).</summary>
[Cmdlet(VerbsCommon.Remove, "SrProjectUrlTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveSrProjectUrlTagCommand : SrCmdlet
{
    /// <summary>The project; from the pipeline by a SiteId property (Get-SrProjectUrlTag output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The tags; from the pipeline by a TagId property.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("tag_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] TagId { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in TagId)
        {
            var query = new ProjectUrlTagQuery { SiteId = SiteId, TagId = id };
            if (this.ConfirmProjectChange(ProjectUrlTagOperations.Delete, query, "Delete"))
            {
                _ = this.CallProject((connection, trace, token) => connection.SendAsync(ProjectUrlTagOperations.Delete, query, trace, token), id);
            }
        }
    }
}
