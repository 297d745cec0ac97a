using System.Globalization;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Serpstat.Audit;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Audit;

/// <summary>Stops the running site audit of Serpstat projects (AuditSite.stop; free).</summary>
[Cmdlet(VerbsLifecycle.Stop, "SerpstatSiteAudit", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.SerpstatAuditStart)]
public sealed class StopSerpstatSiteAuditCommand : SrCmdlet
{
    /// <summary>Serpstat projects; from the pipeline by value or by a ProjectId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, long.MaxValue)]
    public long[] ProjectId { get; set; } = [];

    /// <summary>Writes an object naming each one done.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.Serpstat);

    protected override void OnProcess()
    {
        foreach (var id in ProjectId)
        {
            if (this.CallConfirmed(SerpstatAuditOperations.Stop, new SerpstatAuditQuery { ProjectId = id }, $"Stop the site audit of project {id.ToString(CultureInfo.InvariantCulture)}", "free (no credits)", id) is not null && PassThru)
            {
                WriteObject(new SerpstatAuditStart { ProjectId = id });
            }
        }
    }
}
