using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Serpstat.Audit;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Audit;

/// <summary>
/// Gets the issues of Serpstat site-audit reports, one row per issue with its counts (AuditSite.getReportWithoutDetails),
/// or with -ByCategory one row per category (getCategoriesStatistic); free.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatSiteAuditReport")]
[OutputType(OutputTypeNames.SerpstatAuditIssue, OutputTypeNames.SerpstatAuditCategoryCount)]
public sealed class GetSerpstatSiteAuditReportCommand : SrCmdlet
{
    /// <summary>Reports; from the pipeline by value or by a ReportId property (Wait-SerpstatSiteAudit, Get-SerpstatSiteAudit output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, long.MaxValue)]
    public long[] ReportId { get; set; } = [];

    /// <summary>A report to compare with: CountNew and CountFixed are against it.</summary>
    [Parameter]
    [ValidateRange(1, long.MaxValue)]
    public long CompareReportId { get; set; }

    /// <summary>One row per category with its counts by priority.</summary>
    [Parameter]
    public SwitchParameter ByCategory { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.Serpstat);

    protected override void OnProcess()
    {
        foreach (var id in ReportId)
        {
            var query = new SerpstatAuditQuery { ReportId = id, CompareReportId = MyInvocation.BoundParameters.ContainsKey(nameof(CompareReportId)) ? CompareReportId : null };
            if (ByCategory)
            {
                WriteObject(this.CallSerpstat(SerpstatAuditOperations.Categories, query, SerpstatAuditOperations.Describe(id)) ?? [], enumerateCollection: true);
                continue;
            }

            foreach (var report in this.CallSerpstat(SerpstatAuditOperations.Report, query, SerpstatAuditOperations.Describe(id)) ?? [])
            {
                WriteObject(SerpstatAuditOperations.IssuesOf(report), enumerateCollection: true);
            }
        }
    }
}
