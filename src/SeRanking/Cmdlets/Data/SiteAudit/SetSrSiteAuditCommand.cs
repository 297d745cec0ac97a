using System;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Data.SiteAudit;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Data.SiteAudit;

/// <summary>Renames a website audit (free).</summary>
[Cmdlet(VerbsCommon.Set, "SrSiteAudit", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.SiteAuditInfo)]
public sealed class SetSrSiteAuditCommand : SrCmdlet
{
    /// <summary>The audit; from the pipeline by value or by an AuditId or Id property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long AuditId { get; set; }

    /// <summary>The new title, up to 300 characters.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateLength(1, 300)]
    public string Title { get; set; } = string.Empty;

    /// <summary>Writes the renamed audit.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingData);

    protected override void OnProcess()
    {
        var query = new SiteAuditRenameQuery { AuditId = AuditId, Title = Title };
        try
        {
            _ = SiteAuditOperations.Rename.Prepare(query);
        }
        catch (ArgumentException refused)
        {
            WriteFailure(refused, AuditId);
            return;
        }

        if (!ShouldProcess($"Rename site audit {AuditId} to '{Title}' (free).", $"Rename site audit {AuditId} to '{Title}'? (free)", "Rename a site audit"))
        {
            return;
        }

        var connection = ModuleSession.Require(ApiKind.SeRankingData);
        try
        {
            _ = this.Run(async (trace, cancellationToken) =>
            {
                await connection.SendAsync(SiteAuditOperations.Rename, query, trace, cancellationToken).ConfigureAwait(false);
                return true;
            });
            if (PassThru)
            {
                WriteObject(new Engine.Data.SiteAudit.SiteAuditInfo { Id = AuditId, Title = Title.Trim() });
            }
        }
        catch (Exception failure) when (ErrorIdentity.IsKnown(failure))
        {
            WriteFailure(failure, AuditId);
        }
    }
}
