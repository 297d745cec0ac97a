using System.Collections.Generic;
using System.Management.Automation;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Backlinks;

/// <summary>Gets the backlink profile summary of domains, hosts or URLs (100 credits per target).</summary>
[Cmdlet(VerbsCommon.Get, "SrBacklinkSummary", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(OutputTypeNames.BacklinkSummary)]
public sealed class GetSrBacklinkSummaryCommand : TargetBatchCmdlet
{
    private protected override void Send(IReadOnlyList<string> batch, int distinctTargets) =>
        this.WriteBatch(BacklinkOperations.Summary, batch, distinctTargets, targets => new TargetsQuery { Targets = targets, Mode = Mode }, Mode);
}
