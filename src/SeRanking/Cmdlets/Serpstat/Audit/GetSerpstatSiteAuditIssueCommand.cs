using System.Management.Automation;
using SeRanking.Engine.Serpstat.Audit;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Audit;

/// <summary>
/// Gets the pages a Serpstat site-audit issue was found on (AuditSite.getErrorElements), or with
/// -Crc the sub-elements of one of them (getSubElementsByCrc); free.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatSiteAuditIssue", SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatAuditIssueElement, OutputTypeNames.SerpstatAuditUrl)]
public sealed class GetSerpstatSiteAuditIssueCommand : SerpstatListCmdlet
{
    /// <summary>The report; from the pipeline by a ReportId property (Get-SerpstatSiteAuditReport rows).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, long.MaxValue)]
    public long ReportId { get; set; }

    /// <summary>The issue's key (errors_400, no_title…); from the pipeline by an Issue property.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("errorName")]
    [ArgumentCompleter(typeof(Completion.SerpstatAuditIssueCompleter))]
    [ValidateNotNullOrEmpty]
    public string Issue { get; set; } = string.Empty;

    /// <summary>The report's project (projectId).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, long.MaxValue)]
    public long ProjectId { get; set; }

    /// <summary>The report to compare with (compareReportId); the report itself when absent.</summary>
    [Parameter]
    [ValidateRange(1, long.MaxValue)]
    public long CompareReportId { get; set; }

    /// <summary>all (default), new or solved.</summary>
    [Parameter]
    [ValidateSet("all", "new", "solved")]
    public string? Mode { get; set; }

    /// <summary>An element's checksum (the Crc of a row of this cmdlet): its sub-elements instead.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public long? Crc { get; set; }

    protected override void OnProcess()
    {
        var query = new SerpstatAuditQuery
        {
            ReportId = ReportId,
            ProjectId = ProjectId,
            Issue = Issue,
            Mode = Mode,
            CompareReportId = MyInvocation.BoundParameters.ContainsKey(nameof(CompareReportId)) ? CompareReportId : null,
            Crc = Crc,
        };
        var about = $"{Issue} in {SerpstatAuditOperations.Describe(ReportId)}";
        if (Crc is null)
        {
            this.WriteRows(SerpstatAuditOperations.Elements, query, Window, about);
        }
        else
        {
            this.WriteRows(SerpstatAuditOperations.SubElements, query, Window, about);
        }
    }
}
