using System.Linq;
using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Audits;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Audits;

/// <summary>Renames a project audit (free); -PassThru writes it as Get-SrProjectAudit lists it.</summary>
[Cmdlet(VerbsCommon.Set, "SrProjectAudit", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.SiteAuditInfo)]
public sealed class SetSrProjectAuditCommand : SrCmdlet
{
    /// <summary>The audit; from the pipeline by an AuditId or Id property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long AuditId { get; set; }

    /// <summary>The new title (at most 300 characters).</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    public string Title { get; set; } = string.Empty;

    /// <summary>Write the audit, read back from the list, after the change.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        var query = new ProjectAuditRenameQuery { AuditId = AuditId, Title = Title };
        if (!this.ConfirmProjectChange(ProjectAuditOperations.Rename, query, "Rename to '" + Title.Trim() + "'"))
        {
            return;
        }

        var (id, title, passThru) = (AuditId, Title.Trim(), PassThru.IsPresent);
        var audit = this.CallProject(
            async (connection, trace, token) =>
            {
                _ = await connection.SendAsync(ProjectAuditOperations.Rename, query, trace, token).ConfigureAwait(false);
                if (!passThru)
                {
                    return null;
                }

                var found = await connection.ListAsync(ProjectAuditOperations.List, new ProjectAuditListQuery { Search = title }, trace, token).ConfigureAwait(false);
                return found.FirstOrDefault(a => a.Id == id);
            },
            id);
        if (audit is not null)
        {
            WriteObject(audit);
        }
    }
}
