using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Audits;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Audits;

/// <summary>Adds sitemaps to a project audit's sources, one request each (free); writes each sitemap with its new SitemapId.</summary>
[Cmdlet(VerbsCommon.Add, "SrProjectAuditSitemap", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectAuditSitemap)]
public sealed class AddSrProjectAuditSitemapCommand : SrCmdlet
{
    /// <summary>The audit; from the pipeline by an AuditId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long AuditId { get; set; }

    /// <summary>The sitemaps' URLs; from the pipeline by value or by a Url property.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Url { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var url in Url)
        {
            var query = new ProjectAuditSitemapQuery { AuditId = AuditId, Url = url };
            if (!this.ConfirmProjectChange(ProjectAuditOperations.AddSitemap, query, "Add, as a source to crawl,"))
            {
                continue;
            }

            var id = AuditId;
            var (sent, answer) = this.CallProject(
                async (connection, trace, token) => (true, await connection.SendAsync(ProjectAuditOperations.AddSitemap, query, trace, token).ConfigureAwait(false)),
                url);
            if (sent)
            {
                WriteObject(new ProjectAuditSitemap { AuditId = id, SitemapId = answer?.Id ?? 0, Url = url.Trim() });
            }
        }
    }
}
