using System.Globalization;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Serpstat.Audit;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Audit;

/// <summary>Removes pages, with their reports, from the one-page audits (AuditOnePage.remove; free; asks first: ConfirmImpact High).</summary>
[Cmdlet(VerbsCommon.Remove, "SerpstatPageAudit", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveSerpstatPageAuditCommand : SrCmdlet
{
    /// <summary>Audited pages; from the pipeline by value or by a PageId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(0, long.MaxValue)]
    public long[] PageId { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.Serpstat);

    protected override void OnProcess()
    {
        foreach (var id in PageId)
        {
            _ = this.CallConfirmed(SerpstatPageAuditOperations.Remove, new SerpstatPageAuditQuery { PageId = id }, $"Remove page {id.ToString(CultureInfo.InvariantCulture)} and its reports from the one-page audits", "free (no credits)", id);
        }
    }
}
