using System.Management.Automation;
using SeRanking.Engine.Project.Audits;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Audits;

/// <summary>Gets the issues a project audit found on one page, by its URL or its page id (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectAuditIssue", DefaultParameterSetName = UrlSet)]
[OutputType(OutputTypeNames.SiteAuditIssue)]
public sealed class GetSrProjectAuditIssueCommand : SrCmdlet
{
    private const string UrlSet = "Url";
    private const string UrlIdSet = "UrlId";

    /// <summary>The audit; from the pipeline by an AuditId property (Get-SrProjectAuditPage output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long AuditId { get; set; }

    /// <summary>The page's URL; from the pipeline by value or by a Url property (Get-SrProjectAuditPage output).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = UrlSet)]
    [ValidateNotNullOrEmpty]
    public string Url { get; set; } = string.Empty;

    /// <summary>The page's id in the audit (the Id of a Get-SrProjectAuditPage row).</summary>
    [Parameter(Mandatory = true, ParameterSetName = UrlIdSet)]
    [Alias("url_id")]
    [ValidateRange(1, long.MaxValue)]
    public long UrlId { get; set; }

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(Engine.ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        var query = ParameterSetName == UrlIdSet
            ? new ProjectAuditPageIssuesQuery { AuditId = AuditId, UrlId = UrlId }
            : new ProjectAuditPageIssuesQuery { AuditId = AuditId, Url = Url };
        this.StreamRows(ProjectAuditOperations.Issues, query, Engine.Operations.RowWindow.Everything, ParameterSetName == UrlIdSet ? "page " + UrlId : Url);
    }
}
