using System.Management.Automation;
using SeRanking.Engine.Serpstat.Audit;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Audit;

/// <summary>Gets the extra rows (addresses) of an issue of a one-page-audit report (AuditOnePage.getErrorRows); free.</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatPageAuditIssue", SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatAuditUrl)]
public sealed class GetSerpstatPageAuditIssueCommand : SerpstatListCmdlet
{
    /// <summary>The report; from the pipeline by a ReportId property (Get-SerpstatPageAuditReport rows).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, long.MaxValue)]
    public long ReportId { get; set; }

    /// <summary>The issue's key (errors_400, no_title…); from the pipeline by an Issue property.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("error")]
    [ArgumentCompleter(typeof(Completion.SerpstatAuditIssueCompleter))]
    [ValidateNotNullOrEmpty]
    public string Issue { get; set; } = string.Empty;

    /// <summary>A report to compare with (compareReportId).</summary>
    [Parameter]
    [ValidateRange(1, long.MaxValue)]
    public long CompareReportId { get; set; }

    /// <summary>all, new or solved.</summary>
    [Parameter]
    [ValidateSet("all", "new", "solved")]
    public string? Mode { get; set; }

    protected override void OnProcess()
    {
        var query = new SerpstatPageAuditQuery
        {
            ReportId = ReportId,
            Issue = Issue,
            Mode = Mode,
            CompareReportId = MyInvocation.BoundParameters.ContainsKey(nameof(CompareReportId)) ? CompareReportId : null,
        };
        this.WriteRows(SerpstatPageAuditOperations.ErrorRows, query, Window, $"{Issue} in report {ReportId}");
    }
}
