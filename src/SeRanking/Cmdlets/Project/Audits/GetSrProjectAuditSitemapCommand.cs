using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Audits;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Audits;

/// <summary>Lists the sitemaps project audits crawl from, with their page counts (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectAuditSitemap")]
[OutputType(OutputTypeNames.ProjectAuditSitemap)]
public sealed class GetSrProjectAuditSitemapCommand : SrCmdlet
{
    /// <summary>The audits; from the pipeline by value or by an AuditId or Id property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] AuditId { get; set; } = [];

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(Engine.ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in AuditId)
        {
            this.StreamRows(ProjectAuditOperations.Sitemaps, new ProjectAuditQuery { AuditId = id }, RowWindow.Everything, ProjectAudits.Describe(id));
        }
    }
}
