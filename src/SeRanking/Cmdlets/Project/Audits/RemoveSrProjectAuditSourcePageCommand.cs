using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Audits;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Audits;

/// <summary>Removes uploaded URL lists from a project audit's sources (free; asks first: ConfirmImpact High).</summary>
[Cmdlet(VerbsCommon.Remove, "SrProjectAuditSourcePage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveSrProjectAuditSourcePageCommand : SrCmdlet
{
    /// <summary>The audit; from the pipeline by an AuditId property (Get-SrProjectAuditSourcePage output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long AuditId { get; set; }

    /// <summary>The URL lists; from the pipeline by a ListId property (Get-SrProjectAuditSourcePage output).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("list_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] ListId { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in ListId)
        {
            var query = new ProjectAuditSourcePagesQuery { AuditId = AuditId, ListId = id };
            if (this.ConfirmProjectChange(ProjectAuditOperations.RemoveSourcePages, query, "Remove"))
            {
                _ = this.CallProject((connection, trace, token) => connection.SendAsync(ProjectAuditOperations.RemoveSourcePages, query, trace, token), id);
            }
        }
    }
}
