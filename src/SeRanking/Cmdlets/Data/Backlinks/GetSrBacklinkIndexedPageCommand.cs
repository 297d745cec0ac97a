using System.Management.Automation;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Backlinks;

/// <summary>Gets the pages of domains or hosts that have backlinks, with their counts (1 credit per row, up to 10,000).</summary>
[Cmdlet(VerbsCommon.Get, "SrBacklinkIndexedPage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.IndexedPage)]
public sealed class GetSrBacklinkIndexedPageCommand : PagedCmdlet
{
    /// <summary>Domains, hosts or URLs; from the pipeline by value or by a Target, Domain, Url or Host property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Domain", "Url", "Host")]
    [ValidateNotNullOrEmpty]
    public string[] Target { get; set; } = [];

    [Parameter]
    [ValidateSet("host", "domain", "url")]
    public string Mode { get; set; } = "host";

    /// <summary>backlinks (the API's default) or refdomains, descending.</summary>
    [Parameter]
    [Alias("order_by")]
    [ValidateSet("backlinks", "refdomains")]
    public string? OrderBy { get; set; }

    protected override void OnProcess()
    {
        foreach (var target in Target)
        {
            this.WriteRows(BacklinkOperations.IndexedPages, new BacklinkSortedQuery { Target = target, Mode = Mode, OrderBy = OrderBy }, Window, target);
        }
    }
}
