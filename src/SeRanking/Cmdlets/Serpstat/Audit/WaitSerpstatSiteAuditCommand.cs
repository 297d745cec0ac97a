using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Serpstat.Audit;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Serpstat.Audit;

/// <summary>Waits for Serpstat site audits to finish, with a progress bar of the pages checked, and outputs each report as it finishes (free).</summary>
[Cmdlet(VerbsLifecycle.Wait, "SerpstatSiteAudit")]
[OutputType(OutputTypeNames.SerpstatAuditBasicInfo)]
public sealed class WaitSerpstatSiteAuditCommand : JobWaitCmdlet
{
    private readonly List<long> _reportIds = [];

    /// <summary>Report ids; from the pipeline by value or by a ReportId property (Start-SerpstatSiteAudit output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, long.MaxValue)]
    public long[] ReportId { get; set; } = [];

    protected override void OnBegin() => ModuleSession.Require(ApiKind.Serpstat);

    protected override void OnProcess() => _reportIds.AddRange(ReportId);

    protected override void OnEnd()
    {
        if (_reportIds.Count == 0)
        {
            return;
        }

        var connection = ModuleSession.Require(ApiKind.Serpstat);
        var options = JobWaits.Options(PollIntervalSec, TimeoutSec);
        this.WaitForJobs<long, SerpstatAuditBasicInfo>(
            "Waiting for Serpstat site audits",
            (observer, trace, cancellationToken) => connection.WaitAsync(_reportIds, options, observer, trace, cancellationToken),
            (_, info) => info,
            SerpstatAuditOperations.Describe,
            id => "Wait-SerpstatSiteAudit -ReportId " + id.ToString(CultureInfo.InvariantCulture),
            TimeoutSec);
    }
}
