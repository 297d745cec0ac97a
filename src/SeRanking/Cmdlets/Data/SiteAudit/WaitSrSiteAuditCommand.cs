using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Data.SiteAudit;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Data.SiteAudit;

/// <summary>Waits for website audits to finish, with a progress bar of the pages crawled, and outputs each audit as it finishes (free).</summary>
[Cmdlet(VerbsLifecycle.Wait, "SrSiteAudit")]
[OutputType(OutputTypeNames.SiteAuditStatus)]
public sealed class WaitSrSiteAuditCommand : JobWaitCmdlet
{
    private readonly List<long> _auditIds = [];

    /// <summary>Audit ids; from the pipeline by value or by an AuditId or Id property (Start-SrSiteAudit output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] AuditId { get; set; } = [];

    protected override void OnBegin() => ModuleSession.Require(ApiKind.SeRankingData);

    protected override void OnProcess() => _auditIds.AddRange(AuditId);

    protected override void OnEnd()
    {
        if (_auditIds.Count == 0)
        {
            return;
        }

        var connection = ModuleSession.Require(ApiKind.SeRankingData);
        var options = JobWaits.Options(PollIntervalSec, TimeoutSec);
        this.WaitForJobs<long, SiteAuditStatus>(
            "Waiting for SE Ranking site audits",
            (observer, trace, cancellationToken) => connection.WaitAsync(_auditIds, options, observer, trace, cancellationToken),
            (_, status) =>
            {
                PendingCrawls.Settle(status);
                return status;
            },
            SiteAudits.Describe,
            id => "Wait-SrSiteAudit -AuditId " + id.ToString(CultureInfo.InvariantCulture),
            TimeoutSec);
    }
}
