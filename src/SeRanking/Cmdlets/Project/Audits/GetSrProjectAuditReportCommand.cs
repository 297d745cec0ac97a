using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Audits;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Project.Audits;

/// <summary>Gets the report of project audits as one row per check (section, code, status, name, value), or its score and totals with -Summary (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectAuditReport")]
[OutputType(OutputTypeNames.SiteAuditCheck, OutputTypeNames.SiteAuditReport)]
public sealed class GetSrProjectAuditReportCommand : SrCmdlet
{
    /// <summary>Audit ids; from the pipeline by value or by an AuditId or Id property (Wait-SrProjectAudit output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] AuditId { get; set; } = [];

    /// <summary>The score and totals, one object per audit, instead of the checks.</summary>
    [Parameter]
    public SwitchParameter Summary { get; set; }

    protected override void OnBegin() => ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in AuditId)
        {
            var report = this.CallProject((connection, trace, token) => connection.GetAsync(ProjectAuditOperations.Report, new ProjectAuditQuery { AuditId = id }, trace, token), id);
            if (report is null)
            {
                continue;
            }

            if (Summary)
            {
                WriteObject(report);
            }
            else
            {
                WriteObject(ProjectAudits.ChecksOf(report), enumerateCollection: true);
            }
        }
    }
}
