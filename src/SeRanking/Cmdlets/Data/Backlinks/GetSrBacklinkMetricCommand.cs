using System.Collections.Generic;
using System.Management.Automation;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Backlinks;

/// <summary>Gets the core backlink counts of domains, hosts or URLs (100 credits per target).</summary>
[Cmdlet(VerbsCommon.Get, "SrBacklinkMetric", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(OutputTypeNames.BacklinkMetrics)]
public sealed class GetSrBacklinkMetricCommand : TargetBatchCmdlet
{
    private protected override void Send(IReadOnlyList<string> batch, int distinctTargets) =>
        this.WriteBatch(BacklinkOperations.Metrics, batch, distinctTargets, targets => new TargetsQuery { Targets = targets, Mode = Mode }, Mode);
}
