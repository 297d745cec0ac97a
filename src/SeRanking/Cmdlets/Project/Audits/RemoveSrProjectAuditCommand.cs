using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Audits;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Audits;

/// <summary>Deletes project audits with their reports and history (free; asks first: ConfirmImpact High).</summary>
[Cmdlet(VerbsCommon.Remove, "SrProjectAudit", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveSrProjectAuditCommand : SrCmdlet
{
    /// <summary>The audits; from the pipeline by value or by an AuditId or Id property (Get-SrProjectAudit output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] AuditId { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in AuditId)
        {
            var query = new ProjectAuditQuery { AuditId = id };
            if (this.ConfirmProjectChange(ProjectAuditOperations.Delete, query, "Delete, with its reports and history,"))
            {
                _ = this.CallProject((connection, trace, token) => connection.SendAsync(ProjectAuditOperations.Delete, query, trace, token), id);
            }
        }
    }
}
