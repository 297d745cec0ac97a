using System.Management.Automation;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Backlinks;

/// <summary>Gets the IPv4 addresses of the pages linking to domains, hosts or URLs (1 credit per row, up to 10,000).</summary>
[Cmdlet(VerbsCommon.Get, "SrReferringIp", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.ReferringIp)]
public sealed class GetSrReferringIpCommand : CountedBacklinkListCmdlet
{
    protected override void OnProcess()
    {
        foreach (var target in Target)
        {
            this.WriteRows(BacklinkOperations.ReferringIps, new BacklinkSortedQuery { Target = target, Mode = Mode, OrderBy = OrderBy }, Window, target);
        }
    }
}
