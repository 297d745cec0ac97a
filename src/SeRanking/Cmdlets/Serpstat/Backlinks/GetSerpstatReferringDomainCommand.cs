using System.Management.Automation;
using SeRanking.Engine.Serpstat.Backlinks;

namespace SeRanking.Cmdlets.Serpstat.Backlinks;

/// <summary>
/// Gets the domains linking to domains (getRefDomains) or, with -Redirecting, the domains that
/// redirect to them (getRedirectedDomains); 1 line per row.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatReferringDomain", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatLinkingDomain)]
public sealed class GetSerpstatReferringDomainCommand : SerpstatBacklinkCmdlet
{
    /// <summary>The domains redirecting to the domain (getRedirectedDomains, which takes no -SearchType).</summary>
    [Parameter]
    public SwitchParameter Redirecting { get; set; }

    /// <summary>domain_with_subdomains (the default) or domain (searchType).</summary>
    [Parameter]
    [ValidateSet("domain", "domain_with_subdomains")]
    public string? SearchType { get; set; }

    /// <summary>The field to sort by: domain_links, domain_from, domain_rank, check (the default); with -Redirecting domain, domain_rank.</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("domain_links", "domain_from", "domain_rank", "check", "domain")]
    public string? SortBy { get; set; }

    /// <summary>The referring domain's name contains this (domain_from contains; domain with -Redirecting).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? DomainContains { get; set; }

    /// <summary>Serpstat Domain Rank at least this, 0–100 (domain_rank).</summary>
    [Parameter]
    public double? DomainRankFrom { get; set; }

    /// <summary>Serpstat Domain Rank at most this, 0–100 (domain_rank).</summary>
    [Parameter]
    public double? DomainRankTo { get; set; }

    protected override void OnProcess() => Run(
        Redirecting.IsPresent ? SerpstatBacklinkOperations.RedirectingDomains : SerpstatBacklinkOperations.ReferringDomains,
        new SerpstatBacklinkQuery { SearchType = SearchType, SortBy = SortBy });
}
