using System.Management.Automation;
using SeRanking.Engine.Serpstat.Backlinks;

namespace SeRanking.Cmdlets.Serpstat.Backlinks;

/// <summary>Gets domains' pages with the most backlinks, referring domains and IPs (getTopPages); 1 line per row.</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatBacklinkTopPage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatLinkedPage)]
public sealed class GetSerpstatBacklinkTopPageCommand : SerpstatBacklinkCmdlet
{
    /// <summary>domain_with_subdomains (the default) or domain (searchType).</summary>
    [Parameter]
    [ValidateSet("domain", "domain_with_subdomains")]
    public string? SearchType { get; set; }

    /// <summary>The field to sort by: ips, count, domains, url_to, lastupdate (the default).</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("ips", "count", "domains", "url_to", "lastupdate")]
    public string? SortBy { get; set; }

    /// <summary>The page's address contains this (url_to contains).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? UrlToContains { get; set; }

    protected override void OnProcess() => Run(SerpstatBacklinkOperations.TopPages, new SerpstatBacklinkQuery { SearchType = SearchType, SortBy = SortBy });
}
