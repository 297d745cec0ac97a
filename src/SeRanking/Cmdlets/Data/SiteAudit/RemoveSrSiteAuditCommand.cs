using System;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Data.SiteAudit;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Data.SiteAudit;

/// <summary>Deletes website audits and all their data (free); asks first unless -Confirm:$false.</summary>
[Cmdlet(VerbsCommon.Remove, "SrSiteAudit", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(OutputTypeNames.SiteAuditInfo)]
public sealed class RemoveSrSiteAuditCommand : SrCmdlet
{
    /// <summary>Audit ids; from the pipeline by value or by an AuditId or Id property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] AuditId { get; set; } = [];

    /// <summary>Writes each audit deleted (Id, Status deleted).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingData);

    protected override void OnProcess()
    {
        foreach (var id in AuditId)
        {
            if (!ShouldProcess($"Delete site audit {id} and all its data (free).", $"Delete site audit {id} and all its data? It cannot be undone (free).", "Delete a site audit"))
            {
                continue;
            }

            var connection = ModuleSession.Require(ApiKind.SeRankingData);
            try
            {
                _ = this.Run(async (trace, cancellationToken) =>
                {
                    await connection.SendAsync(SiteAuditOperations.Delete, new SiteAuditQuery { AuditId = id }, trace, cancellationToken).ConfigureAwait(false);
                    return true;
                });
                if (PassThru)
                {
                    WriteObject(new Engine.Data.SiteAudit.SiteAuditInfo { Id = id, Status = "deleted" });
                }
            }
            catch (Exception failure) when (ErrorIdentity.IsKnown(failure))
            {
                WriteFailure(failure, id);
            }
        }
    }
}
