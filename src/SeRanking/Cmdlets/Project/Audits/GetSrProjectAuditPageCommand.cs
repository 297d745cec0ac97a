using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Project.Audits;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Audits;

/// <summary>Gets the pages a project audit crawled, or with -IssueCode the pages that have one issue (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectAuditPage", SupportsPaging = true)]
[OutputType(OutputTypeNames.SiteAuditPage, OutputTypeNames.SiteAuditIssuePage)]
public sealed class GetSrProjectAuditPageCommand : PagedCmdlet
{
    /// <summary>The audit; from the pipeline by an AuditId or Id property (Wait-SrProjectAudit, Get-SrProjectAuditReport output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long AuditId { get; set; }

    /// <summary>Only the pages that have this issue (a code of the report); from the pipeline by a Code property (report rows).</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("Code")]
    [ArgumentCompleter(typeof(SiteAuditIssueCodeCompleter))]
    public string? IssueCode { get; set; }

    private protected override Engine.ApiKind ApiKind => Engine.ApiKind.SeRankingProject;

    protected override void OnProcess()
    {
        if (IssueCode is not null)
        {
            this.WriteRows(ProjectAuditOperations.IssuePages, new ProjectAuditIssuePagesQuery { AuditId = AuditId, Code = IssueCode }, Window, ProjectAudits.Describe(AuditId) + " issue " + IssueCode);
            return;
        }

        this.WriteRows(ProjectAuditOperations.Pages, new ProjectAuditQuery { AuditId = AuditId }, Window, ProjectAudits.Describe(AuditId));
    }
}
