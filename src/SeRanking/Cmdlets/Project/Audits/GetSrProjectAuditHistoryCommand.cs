using System;
using System.Management.Automation;
using SeRanking.Engine.Project.Audits;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Audits;

/// <summary>Gets an earlier run of a project audit, by the date it ran: its totals and site facts (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectAuditHistory")]
[OutputType(OutputTypeNames.SiteAuditSnapshot)]
public sealed class GetSrProjectAuditHistoryCommand : SrCmdlet
{
    /// <summary>The audit; from the pipeline by value or by an AuditId or Id property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long AuditId { get; set; }

    /// <summary>The day the run was made.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    public DateTime Date { get; set; }

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(Engine.ApiKind.SeRankingProject);

    protected override void OnProcess() =>
        this.WriteOne(ProjectAuditOperations.History, new ProjectAuditHistoryQuery { AuditId = AuditId, Date = Date }, ProjectAudits.Describe(AuditId));
}
