using System.Globalization;
using System.Management.Automation;
using SeRanking.Engine.Serpstat.Audit;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Audit;

/// <summary>Gets the reports of audited pages, latest first (AuditOnePage.getReportsListByPage); free.</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatPageAuditHistory", SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatOnePageReport)]
public sealed class GetSerpstatPageAuditHistoryCommand : SerpstatListCmdlet
{
    /// <summary>Audited pages; from the pipeline by value or by a PageId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(0, long.MaxValue)]
    public long[] PageId { get; set; } = [];

    protected override void OnProcess()
    {
        foreach (var id in PageId)
        {
            this.WriteRows(SerpstatPageAuditOperations.Reports, new SerpstatPageAuditQuery { PageId = id }, Window, "page " + id.ToString(CultureInfo.InvariantCulture));
        }
    }
}
