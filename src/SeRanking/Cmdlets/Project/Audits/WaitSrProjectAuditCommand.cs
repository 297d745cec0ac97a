using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Data.SiteAudit;
using SeRanking.Engine.Project.Audits;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Project.Audits;

/// <summary>Waits for project website audits to finish, with a progress bar of the pages crawled, and outputs each audit's status as it finishes (free).</summary>
[Cmdlet(VerbsLifecycle.Wait, "SrProjectAudit")]
[OutputType(OutputTypeNames.SiteAuditStatus)]
public sealed class WaitSrProjectAuditCommand : JobWaitCmdlet
{
    private readonly List<long> _auditIds = [];

    /// <summary>Audit ids; from the pipeline by value or by an AuditId or Id property (New-SrProjectAudit, Restart-SrProjectAudit output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] AuditId { get; set; } = [];

    protected override void OnBegin() => ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess() => _auditIds.AddRange(AuditId);

    protected override void OnEnd()
    {
        if (_auditIds.Count == 0)
        {
            return;
        }

        var connection = ModuleSession.Require(ApiKind.SeRankingProject);
        var options = JobWaits.Options(PollIntervalSec, TimeoutSec);
        this.WaitForJobs<long, SiteAuditStatus>(
            "Waiting for SE Ranking project audits",
            (observer, trace, cancellationToken) => connection.WaitForProjectAuditsAsync(_auditIds, options, observer, trace, cancellationToken),
            (_, status) => status,
            ProjectAudits.Describe,
            id => "Wait-SrProjectAudit -AuditId " + id.ToString(CultureInfo.InvariantCulture),
            TimeoutSec);
    }
}
