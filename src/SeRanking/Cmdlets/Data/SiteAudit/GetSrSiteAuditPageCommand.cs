using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Data.SiteAudit;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.SiteAudit;

/// <summary>Gets the pages a website audit crawled, or with -IssueCode the pages that have one issue (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrSiteAuditPage", SupportsPaging = true)]
[OutputType(OutputTypeNames.SiteAuditPage, OutputTypeNames.SiteAuditIssuePage)]
public sealed class GetSrSiteAuditPageCommand : PagedCmdlet
{
    /// <summary>The audit; from the pipeline by an AuditId or Id property (Wait-SrSiteAudit, Get-SrSiteAuditReport output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long AuditId { get; set; }

    /// <summary>Only the pages that have this issue (a code of the report: title_duplicate, http4xx…); from the pipeline by a Code property (report rows).</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("Code")]
    [ArgumentCompleter(typeof(SiteAuditIssueCodeCompleter))]
    public string? IssueCode { get; set; }

    protected override void OnProcess()
    {
        if (IssueCode is not null)
        {
            this.WriteRows(SiteAuditOperations.IssuePages, new SiteAuditIssuePagesQuery { AuditId = AuditId, Code = IssueCode }, Window, SiteAudits.Describe(AuditId) + " issue " + IssueCode);
            return;
        }

        this.WriteRows(SiteAuditOperations.Pages, new SiteAuditQuery { AuditId = AuditId }, Window, SiteAudits.Describe(AuditId));
    }
}
