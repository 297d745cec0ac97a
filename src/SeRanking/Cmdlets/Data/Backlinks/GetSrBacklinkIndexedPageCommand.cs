using System.Management.Automation;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Backlinks;

/// <summary>Gets the pages of domains or hosts that have backlinks, with their counts (1 credit per row, up to 10,000).</summary>
[Cmdlet(VerbsCommon.Get, "SrBacklinkIndexedPage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.IndexedPage)]
public sealed class GetSrBacklinkIndexedPageCommand : CountedBacklinkListCmdlet
{
    protected override void OnProcess()
    {
        foreach (var target in Target)
        {
            this.WriteRows(BacklinkOperations.IndexedPages, new BacklinkSortedQuery { Target = target, Mode = Mode, OrderBy = OrderBy }, Window, target);
        }
    }
}
