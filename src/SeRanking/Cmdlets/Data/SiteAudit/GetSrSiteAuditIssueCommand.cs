using System.Management.Automation;
using SeRanking.Engine.Data.SiteAudit;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.SiteAudit;

/// <summary>Gets the issues a website audit found on one page, by its URL or its page id (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrSiteAuditIssue", DefaultParameterSetName = UrlSet, SupportsPaging = true)]
[OutputType(OutputTypeNames.SiteAuditIssue)]
public sealed class GetSrSiteAuditIssueCommand : PagedCmdlet
{
    private const string UrlSet = "Url";
    private const string UrlIdSet = "UrlId";

    /// <summary>The audit; from the pipeline by an AuditId or Id property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long AuditId { get; set; }

    /// <summary>The page's URL; from the pipeline by value or by a Url property (Get-SrSiteAuditPage output).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = UrlSet)]
    [ValidateNotNullOrEmpty]
    public string Url { get; set; } = string.Empty;

    /// <summary>The page's id in the audit (the Id of a Get-SrSiteAuditPage row).</summary>
    [Parameter(Mandatory = true, ParameterSetName = UrlIdSet)]
    [Alias("url_id")]
    [ValidateRange(1, long.MaxValue)]
    public long UrlId { get; set; }

    protected override void OnProcess()
    {
        var query = ParameterSetName == UrlIdSet
            ? new SiteAuditPageIssuesQuery { AuditId = AuditId, UrlId = UrlId }
            : new SiteAuditPageIssuesQuery { AuditId = AuditId, Url = Url };
        this.WriteRows(SiteAuditOperations.Issues, query, Window, ParameterSetName == UrlIdSet ? "page " + UrlId : Url);
    }
}
