using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Sites;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Sites;

/// <summary>Deletes projects with their keywords and position history (free; asks first: ConfirmImpact High).</summary>
[Cmdlet(VerbsCommon.Remove, "SrProject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveSrProjectCommand : SrCmdlet
{
    /// <summary>The projects; from the pipeline by value or by a SiteId property (Get-SrProject output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SiteId { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in SiteId)
        {
            var query = new ProjectSiteQuery { SiteId = id };
            if (this.ConfirmProjectChange(ProjectSiteOperations.Delete, query, "Delete, with its keywords and position history,"))
            {
                _ = this.CallProject((connection, trace, token) => connection.SendAsync(ProjectSiteOperations.Delete, query, trace, token), id);
            }
        }
    }
}
