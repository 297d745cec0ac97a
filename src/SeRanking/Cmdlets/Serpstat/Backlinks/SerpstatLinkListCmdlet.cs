using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Serpstat;
using SeRanking.Engine.Serpstat.Backlinks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Backlinks;

/// <summary>The lists of links (backlinks and outgoing links, active or lost): their shared filters and call.</summary>
public abstract class SerpstatLinkListCmdlet : SerpstatBacklinkCmdlet
{
    /// <summary>domain_with_subdomains (the default) or domain (searchType).</summary>
    [Parameter]
    [ValidateSet("domain", "domain_with_subdomains")]
    public string? SearchType { get; set; }

    /// <summary>At most this many links from one domain (linkPerDomain).</summary>
    [Parameter]
    [ValidateRange(1, 1000)]
    public long? LinkPerDomain { get; set; }

    /// <summary>Only links of these types: href, image, redirect, frame, rss, alternate, form, canonical (link_type eq).</summary>
    [Parameter]
    [Alias("link_type")]
    [ValidateSet("href", "image", "redirect", "frame", "rss", "alternate", "form", "canonical")]
    public string[]? LinkType { get; set; }

    /// <summary>Nofollow or Dofollow links only (link_nofollow eq 1 or 0).</summary>
    [Parameter]
    [ValidateSet("Nofollow", "Dofollow")]
    public string? Follow { get; set; }

    /// <summary>The linking page's address contains this (url_from contains).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? UrlFromContains { get; set; }

    /// <summary>The linked page's address contains this (url_to contains).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? UrlToContains { get; set; }

    /// <summary>The anchor contains this (anchor contains).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? AnchorContains { get; set; }

    /// <summary>Serpstat's flags (additional_filters): no_subdomains, only_main_page, last_week, only_subdomains, only_hosts.</summary>
    [Parameter]
    [Alias("additional_filters")]
    [ValidateSet("no_subdomains", "only_main_page", "last_week", "only_subdomains", "only_hosts")]
    public string[]? Flag { get; set; }

    private protected void Run(Operation<SerpstatBacklinkQuery, SerpstatBacklink> operation, string? sortBy)
    {
        foreach (var domain in Domain)
        {
            var query = new SerpstatBacklinkQuery
            {
                Query = domain.Value,
                SearchType = SearchType,
                LinkPerDomain = LinkPerDomain,
                Filter = LinkFilter(),
                SortBy = sortBy,
                SortOrder = SortOrder,
            };
            this.WriteRows(operation, query, Window, domain.Value);
        }
    }
}
