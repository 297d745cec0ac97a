using System.Management.Automation;
using SeRanking.Engine.Serpstat.Backlinks;

namespace SeRanking.Cmdlets.Serpstat.Backlinks;

/// <summary>
/// Gets the links domains have to other sites (getOutlinks) or, with -Lost, the ones they removed
/// (getLostOutlinks); 1 line per row.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatOutlink", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatBacklink)]
public sealed class GetSerpstatOutlinkCommand : SerpstatLinkListCmdlet
{
    /// <summary>The outgoing links the domain removed (getLostOutlinks).</summary>
    [Parameter]
    public SwitchParameter Lost { get; set; }

    /// <summary>The field to sort by: url_from, anchor, link_nofollow, links_external, link_type, url_to, check (the default); with -Lost lastupdate instead of check.</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("url_from", "anchor", "link_nofollow", "links_external", "link_type", "url_to", "check", "lastupdate")]
    public string? SortBy { get; set; }

    protected override void OnProcess() =>
        Run(Lost.IsPresent ? SerpstatBacklinkOperations.LostOutlinks : SerpstatBacklinkOperations.Outlinks, SortBy);
}
