using System;
using System.Management.Automation;
using SeRanking.Engine.Data.SiteAudit;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.SiteAudit;

/// <summary>Gets an earlier run of a website audit, by the date it ran: its totals, site facts and settings (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrSiteAuditHistory")]
[OutputType(OutputTypeNames.SiteAuditSnapshot)]
public sealed class GetSrSiteAuditHistoryCommand : SrCmdlet
{
    /// <summary>The audit; from the pipeline by value or by an AuditId or Id property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long AuditId { get; set; }

    /// <summary>The day the run was made.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    public DateTime Date { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingData);

    protected override void OnProcess() =>
        this.WriteOne(SiteAuditOperations.History, new SiteAuditHistoryQuery { AuditId = AuditId, Date = Date }, SiteAudits.Describe(AuditId));
}
