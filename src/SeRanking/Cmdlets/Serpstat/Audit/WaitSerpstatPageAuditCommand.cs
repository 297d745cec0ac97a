using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Serpstat.Audit;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Serpstat.Audit;

/// <summary>Waits for one-page audits to finish, with a progress bar, and outputs each page's latest report as it finishes (free).</summary>
[Cmdlet(VerbsLifecycle.Wait, "SerpstatPageAudit")]
[OutputType(OutputTypeNames.SerpstatOnePageReport)]
public sealed class WaitSerpstatPageAuditCommand : JobWaitCmdlet
{
    private readonly List<long> _pageIds = [];

    /// <summary>Audited pages; from the pipeline by value or by a PageId property (Start-SerpstatPageAudit output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(0, long.MaxValue)]
    public long[] PageId { get; set; } = [];

    protected override void OnBegin() => ModuleSession.Require(ApiKind.Serpstat);

    protected override void OnProcess() => _pageIds.AddRange(PageId);

    protected override void OnEnd()
    {
        if (_pageIds.Count == 0)
        {
            return;
        }

        var connection = ModuleSession.Require(ApiKind.Serpstat);
        var options = JobWaits.Options(PollIntervalSec, TimeoutSec);
        this.WaitForJobs<long, SerpstatOnePageReport>(
            "Waiting for Serpstat one-page audits",
            (observer, trace, cancellationToken) => connection.WaitAsync(_pageIds, options, observer, trace, cancellationToken),
            (_, report) => report,
            SerpstatPageAuditOperations.Describe,
            id => "Wait-SerpstatPageAudit -PageId " + id.ToString(CultureInfo.InvariantCulture),
            TimeoutSec);
    }
}
