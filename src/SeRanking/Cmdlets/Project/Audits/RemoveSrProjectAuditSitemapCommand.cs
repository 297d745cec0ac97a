using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Audits;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Audits;

/// <summary>Removes sitemaps from a project audit's sources (free; asks first: ConfirmImpact High).</summary>
[Cmdlet(VerbsCommon.Remove, "SrProjectAuditSitemap", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveSrProjectAuditSitemapCommand : SrCmdlet
{
    /// <summary>The audit; from the pipeline by an AuditId property (Get-SrProjectAuditSitemap output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long AuditId { get; set; }

    /// <summary>The sitemaps; from the pipeline by a SitemapId property (Get-SrProjectAuditSitemap output).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("sitemap_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SitemapId { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in SitemapId)
        {
            var query = new ProjectAuditSitemapQuery { AuditId = AuditId, SitemapId = id };
            if (this.ConfirmProjectChange(ProjectAuditOperations.RemoveSitemap, query, "Remove"))
            {
                _ = this.CallProject((connection, trace, token) => connection.SendAsync(ProjectAuditOperations.RemoveSitemap, query, trace, token), id);
            }
        }
    }
}
