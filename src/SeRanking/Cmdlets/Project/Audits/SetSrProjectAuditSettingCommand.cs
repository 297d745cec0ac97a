using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Audits;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Audits;

/// <summary>Changes settings of a project audit, keeping the others (free); -PassThru writes the configuration read back.</summary>
[Cmdlet(VerbsCommon.Set, "SrProjectAuditSetting", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectAuditSetting)]
public sealed class SetSrProjectAuditSettingCommand : ProjectAuditSettingsCmdlet
{
    /// <summary>The audit; from the pipeline by an AuditId or Id property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long AuditId { get; set; }

    /// <summary>Write the audit's settings, read back, after the change.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnProcess()
    {
        var query = new ProjectAuditSettingsQuery { AuditId = AuditId, Settings = SettingsGiven() };
        if (!this.ConfirmProjectChange(ProjectAuditOperations.UpdateSettings, query, "Change the settings of"))
        {
            return;
        }

        var (id, passThru) = (AuditId, PassThru.IsPresent);
        var settings = this.CallProject(
            async (connection, trace, token) =>
            {
                _ = await connection.SendAsync(ProjectAuditOperations.UpdateSettings, query, trace, token).ConfigureAwait(false);
                return passThru ? await connection.ReadSettingsAsync(id, trace, token).ConfigureAwait(false) : null;
            },
            id);
        if (settings is not null)
        {
            WriteObject(settings, enumerateCollection: true);
        }
    }
}
