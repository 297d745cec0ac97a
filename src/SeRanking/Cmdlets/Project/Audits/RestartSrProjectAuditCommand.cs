using System.Management.Automation;
using SeRanking.Engine.Project.Audits;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Audits;

/// <summary>Crawls project audits again with their saved settings (free of credits; pages count against the plan's limit); writes each audit, queued.</summary>
[Cmdlet(VerbsLifecycle.Restart, "SrProjectAudit", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.SiteAuditInfo)]
public sealed class RestartSrProjectAuditCommand : SrCmdlet
{
    /// <summary>The audits; from the pipeline by value or by an AuditId or Id property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] AuditId { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in AuditId)
        {
            if (this.ConfirmProjectChange(ProjectAuditOperations.Recheck, new ProjectAuditQuery { AuditId = id }, "Crawl again")
                && this.CallProject((connection, trace, token) => connection.RecheckProjectAuditAsync(id, trace, token), id) is { } audit)
            {
                WriteObject(audit);
            }
        }
    }
}
