using System.Management.Automation;
using SeRanking.Engine.Serpstat.Backlinks;

namespace SeRanking.Cmdlets.Serpstat.Backlinks;

/// <summary>Gets the domains that domains link to (getOutDomains); 1 line per row.</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatLinkedDomain", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatLinkingDomain)]
public sealed class GetSerpstatLinkedDomainCommand : SerpstatBacklinkCmdlet
{
    /// <summary>domain_with_subdomains (the default) or domain (searchType).</summary>
    [Parameter]
    [ValidateSet("domain", "domain_with_subdomains")]
    public string? SearchType { get; set; }

    /// <summary>The field to sort by: domain_links, domain_to, domain_rank (the default).</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("domain_links", "domain_to", "domain_rank")]
    public string? SortBy { get; set; }

    /// <summary>The linked domain's name contains this (domain_to contains).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? DomainContains { get; set; }

    /// <summary>Serpstat Domain Rank at least this, 0–100 (domain_rank).</summary>
    [Parameter]
    public double? DomainRankFrom { get; set; }

    /// <summary>Serpstat Domain Rank at most this, 0–100 (domain_rank).</summary>
    [Parameter]
    public double? DomainRankTo { get; set; }

    protected override void OnProcess() => Run(SerpstatBacklinkOperations.OutDomains, new SerpstatBacklinkQuery { SearchType = SearchType, SortBy = SortBy });
}
