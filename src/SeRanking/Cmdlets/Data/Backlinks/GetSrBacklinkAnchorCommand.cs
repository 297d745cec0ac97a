using System.Management.Automation;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Backlinks;

/// <summary>Gets the anchor texts of the backlinks of domains, hosts or URLs (1 credit per row, up to 10,000).</summary>
[Cmdlet(VerbsCommon.Get, "SrBacklinkAnchor", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.BacklinkAnchor)]
public sealed class GetSrBacklinkAnchorCommand : CountedBacklinkListCmdlet
{
    protected override void OnProcess()
    {
        foreach (var target in Target)
        {
            this.WriteRows(BacklinkOperations.Anchors, new BacklinkSortedQuery { Target = target, Mode = Mode, OrderBy = OrderBy }, Window, target);
        }
    }
}
