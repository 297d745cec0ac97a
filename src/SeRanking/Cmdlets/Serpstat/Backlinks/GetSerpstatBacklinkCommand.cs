using System.Management.Automation;
using SeRanking.Engine.Serpstat.Backlinks;

namespace SeRanking.Cmdlets.Serpstat.Backlinks;

/// <summary>
/// Gets the active backlinks of domains (getNewBacklinks, which despite its name lists the active
/// ones) or, with -Lost, the backlinks they lost (getLostBacklinks); 1 line per row.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatBacklink", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatBacklink)]
public sealed class GetSerpstatBacklinkCommand : SerpstatLinkListCmdlet
{
    /// <summary>The backlinks the domain lost (getLostBacklinks).</summary>
    [Parameter]
    public SwitchParameter Lost { get; set; }

    /// <summary>The field to sort by: url_from, anchor, link_nofollow, links_external, link_type, url_to, check (the default); active links also add, domain_rank.</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("url_from", "anchor", "link_nofollow", "links_external", "link_type", "url_to", "check", "add", "domain_rank")]
    public string? SortBy { get; set; }

    /// <summary>The linking domain's Serpstat Domain Rank at least this, 0–100 (active backlinks).</summary>
    [Parameter]
    public double? DomainRankFrom { get; set; }

    /// <summary>The linking domain's Serpstat Domain Rank at most this, 0–100 (active backlinks).</summary>
    [Parameter]
    public double? DomainRankTo { get; set; }

    protected override void OnProcess() =>
        Run(Lost.IsPresent ? SerpstatBacklinkOperations.LostBacklinks : SerpstatBacklinkOperations.Backlinks, SortBy);
}
