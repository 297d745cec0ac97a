using System.Globalization;
using System.Management.Automation;
using SeRanking.Engine.Serpstat.Audit;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Audit;

/// <summary>Gets the log of one-page-audit reports (AuditOnePage.userLog); free.</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatPageAuditLog", SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatPageAuditLogEntry)]
public sealed class GetSerpstatPageAuditLogCommand : SerpstatListCmdlet
{
    /// <summary>Reports; from the pipeline by value or by a ReportId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, long.MaxValue)]
    public long[] ReportId { get; set; } = [];

    protected override void OnProcess()
    {
        foreach (var id in ReportId)
        {
            this.WriteRows(SerpstatPageAuditOperations.Log, new SerpstatPageAuditQuery { ReportId = id }, Window, "report " + id.ToString(CultureInfo.InvariantCulture));
        }
    }
}
