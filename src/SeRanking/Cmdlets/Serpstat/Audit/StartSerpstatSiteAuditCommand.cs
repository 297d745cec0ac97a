using System.Globalization;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Serpstat.Audit;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Audit;

/// <summary>Starts the site audit of Serpstat projects with their saved settings (AuditSite.start); 1 audit credit per page scanned, 10 with JavaScript rendering; no lines.</summary>
[Cmdlet(VerbsLifecycle.Start, "SerpstatSiteAudit", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.SerpstatAuditStart)]
public sealed class StartSerpstatSiteAuditCommand : SrCmdlet
{
    /// <summary>Serpstat projects; from the pipeline by value or by a ProjectId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, long.MaxValue)]
    public long[] ProjectId { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.Serpstat);

    protected override void OnProcess()
    {
        foreach (var id in ProjectId)
        {
            var project = id.ToString(CultureInfo.InvariantCulture);
            foreach (var started in this.CallConfirmed(
                SerpstatAuditOperations.Start,
                new SerpstatAuditQuery { ProjectId = id },
                $"Start the site audit of project {project}",
                "no credits (lines): 1 audit credit per page scanned, 10 with JavaScript rendering (Get-SerpstatLimits -Of Audit), up to the project's pages limit",
                id) ?? [])
            {
                WriteObject(started);
            }
        }
    }
}
