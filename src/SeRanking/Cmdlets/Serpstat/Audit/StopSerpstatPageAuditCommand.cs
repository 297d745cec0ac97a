using System.Globalization;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Serpstat.Audit;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Audit;

/// <summary>Stops running one-page audits (AuditOnePage.stop; free).</summary>
[Cmdlet(VerbsLifecycle.Stop, "SerpstatPageAudit", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.SerpstatAuditStart)]
public sealed class StopSerpstatPageAuditCommand : SrCmdlet
{
    /// <summary>Audited pages; from the pipeline by value or by a PageId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(0, long.MaxValue)]
    public long[] PageId { get; set; } = [];

    /// <summary>Writes an object naming each one done.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.Serpstat);

    protected override void OnProcess()
    {
        foreach (var id in PageId)
        {
            if (this.CallConfirmed(SerpstatPageAuditOperations.Stop, new SerpstatPageAuditQuery { PageId = id }, $"Stop the one-page audit of page {id.ToString(CultureInfo.InvariantCulture)}", "free (no credits)", id) is not null && PassThru)
            {
                WriteObject(new SerpstatAuditStart { PageId = id });
            }
        }
    }
}
