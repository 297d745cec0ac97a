using System;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Data.SiteAudit;
using SeRanking.Engine.Operations;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Data.SiteAudit;

/// <summary>Gets the report of website audits as one row per check (section, code, status, name, value), or its score and totals with -Summary (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrSiteAuditReport")]
[OutputType(OutputTypeNames.SiteAuditCheck, OutputTypeNames.SiteAuditReport)]
public sealed class GetSrSiteAuditReportCommand : SrCmdlet
{
    /// <summary>Audit ids; from the pipeline by value or by an AuditId or Id property (Wait-SrSiteAudit output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] AuditId { get; set; } = [];

    /// <summary>The score, totals and site facts, one object per audit, instead of the checks.</summary>
    [Parameter]
    public SwitchParameter Summary { get; set; }

    protected override void OnBegin() => ModuleSession.Require(ApiKind.SeRankingData);

    protected override void OnProcess()
    {
        var connection = ModuleSession.Require(ApiKind.SeRankingData);
        foreach (var id in AuditId)
        {
            try
            {
                var report = this.Run((trace, cancellationToken) => connection.GetAsync(SiteAuditOperations.Report, new SiteAuditQuery { AuditId = id }, trace, cancellationToken));
                if (Summary)
                {
                    WriteObject(report);
                }
                else
                {
                    WriteObject(SiteAudits.ChecksOf(report), enumerateCollection: true);
                }
            }
            catch (Exception failure) when (ErrorIdentity.IsKnown(failure))
            {
                WriteFailure(failure, id);
            }
        }
    }
}
