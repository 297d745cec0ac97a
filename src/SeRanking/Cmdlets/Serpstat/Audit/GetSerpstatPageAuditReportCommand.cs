using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Serpstat.Audit;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Audit;

/// <summary>
/// Gets the issues of one-page audits, one row per issue: the latest report of pages
/// (AuditOnePage.getPageAudit), or given reports with -ReportId (getAudit); free.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatPageAuditReport", DefaultParameterSetName = PageSet)]
[OutputType(OutputTypeNames.SerpstatAuditIssue)]
public sealed class GetSerpstatPageAuditReportCommand : SrCmdlet
{
    private const string PageSet = "Page";
    private const string ReportSet = "Report";

    /// <summary>Audited pages; from the pipeline by value or by a PageId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = PageSet)]
    [ValidateRange(0, long.MaxValue)]
    public long[] PageId { get; set; } = [];

    /// <summary>Reports; from the pipeline by a ReportId or Id property (Get-SerpstatPageAuditHistory output).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ReportSet)]
    [Alias("Id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] ReportId { get; set; } = [];

    /// <summary>A report to compare with: CountNew and CountFixed are against it.</summary>
    [Parameter(ParameterSetName = ReportSet)]
    [ValidateRange(1, long.MaxValue)]
    public long CompareReportId { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.Serpstat);

    protected override void OnProcess()
    {
        if (ParameterSetName == ReportSet)
        {
            foreach (var id in ReportId)
            {
                var query = new SerpstatPageAuditQuery { ReportId = id, CompareReportId = MyInvocation.BoundParameters.ContainsKey(nameof(CompareReportId)) ? CompareReportId : null };
                foreach (var report in this.CallSerpstat(SerpstatPageAuditOperations.Report, query, id) ?? [])
                {
                    WriteObject(SerpstatAuditOperations.IssuesOf(report), enumerateCollection: true);
                }
            }

            return;
        }

        foreach (var id in PageId)
        {
            foreach (var report in this.CallSerpstat(SerpstatPageAuditOperations.PageReport, new SerpstatPageAuditQuery { PageId = id }, SerpstatPageAuditOperations.Describe(id)) ?? [])
            {
                WriteObject(SerpstatAuditOperations.IssuesOf(report), enumerateCollection: true);
            }
        }
    }
}
