using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Audits;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Audits;

/// <summary>Puts every setting of project audits back to SE Ranking's defaults (free; asks first: ConfirmImpact High); -PassThru writes the settings read back.</summary>
[Cmdlet(VerbsCommon.Reset, "SrProjectAuditSetting", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(OutputTypeNames.ProjectAuditSetting)]
public sealed class ResetSrProjectAuditSettingCommand : SrCmdlet
{
    /// <summary>The audits; from the pipeline by value or by an AuditId or Id property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] AuditId { get; set; } = [];

    /// <summary>Write each audit's settings, read back, after the reset.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        var passThru = PassThru.IsPresent;
        foreach (var id in AuditId)
        {
            var query = new ProjectAuditQuery { AuditId = id };
            if (!this.ConfirmProjectChange(ProjectAuditOperations.ResetSettings, query, "Reset every setting (schedule, e-mails, crawl limits, disabled issues) of"))
            {
                continue;
            }

            var settings = this.CallProject(
                async (connection, trace, token) =>
                {
                    _ = await connection.SendAsync(ProjectAuditOperations.ResetSettings, query, trace, token).ConfigureAwait(false);
                    return passThru ? await connection.ReadSettingsAsync(id, trace, token).ConfigureAwait(false) : null;
                },
                id);
            if (settings is not null)
            {
                WriteObject(settings, enumerateCollection: true);
            }
        }
    }
}
