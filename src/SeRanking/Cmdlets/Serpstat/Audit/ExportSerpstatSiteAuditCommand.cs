using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Serpstat.Audit;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Audit;

/// <summary>Asks Serpstat to build an export file of site-audit reports (AuditSite.export; free).</summary>
[Cmdlet(VerbsData.Export, "SerpstatSiteAudit", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(OutputTypeNames.SerpstatAuditStart)]
public sealed class ExportSerpstatSiteAuditCommand : SrCmdlet
{
    /// <summary>Reports; from the pipeline by value or by a ReportId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, long.MaxValue)]
    public long[] ReportId { get; set; } = [];

    /// <summary>mgxlsx (an Excel workbook, the default), mgxlsx_mfiles (several workbooks) or puppeter_pdf (a PDF).</summary>
    [Parameter]
    [Alias("exportType")]
    [ValidateSet("mgxlsx", "mgxlsx_mfiles", "puppeter_pdf")]
    public string Format { get; set; } = "mgxlsx";

    /// <summary>Writes an object naming each one done.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.Serpstat);

    protected override void OnProcess()
    {
        foreach (var id in ReportId)
        {
            if (this.CallConfirmed(SerpstatAuditOperations.Export, new SerpstatAuditQuery { ReportId = id, ExportType = Format }, $"Build a {Format} export of {SerpstatAuditOperations.Describe(id)}", "free (no credits)", id) is not null && PassThru)
            {
                WriteObject(new SerpstatAuditStart { ReportId = id });
            }
        }
    }
}
