using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Sites;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Sites;

/// <summary>Removes search engines from a project, with their positions (free; asks first: ConfirmImpact High).</summary>
[Cmdlet(VerbsCommon.Remove, "SrProjectSearchEngine", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveSrProjectSearchEngineCommand : SrCmdlet
{
    /// <summary>The project; from the pipeline by a SiteId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The project's search engines; from the pipeline by a SiteEngineId property (Get-SrProjectSearchEngine output).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("site_engine_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SiteEngineId { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in SiteEngineId)
        {
            var query = new ProjectSearchEngineQuery { SiteId = SiteId, SiteEngineId = id };
            if (this.ConfirmProjectChange(ProjectSiteOperations.RemoveSearchEngine, query, "Remove, with its positions,"))
            {
                _ = this.CallProject((connection, trace, token) => connection.SendAsync(ProjectSiteOperations.RemoveSearchEngine, query, trace, token), id);
            }
        }
    }
}
