using System.Management.Automation;
using SeRanking.Engine.Serpstat.Backlinks;

namespace SeRanking.Cmdlets.Serpstat.Backlinks;

/// <summary>
/// Gets the malicious domains linking to domains (getThreats), with -Links the links themselves
/// (getThreatsLinks), with -Outgoing the malicious domains they link to (getOutThreats) or, with
/// both, those links (getOutThreatsLinks); 1 line per row.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatBacklinkThreat", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatThreat)]
public sealed class GetSerpstatBacklinkThreatCommand : SerpstatBacklinkCmdlet
{
    /// <summary>The links rather than the domains.</summary>
    [Parameter]
    public SwitchParameter Links { get; set; }

    /// <summary>Threats the domain links to rather than those linking to it.</summary>
    [Parameter]
    public SwitchParameter Outgoing { get; set; }

    /// <summary>domain_with_subdomains (the default) or domain (searchType).</summary>
    [Parameter]
    [ValidateSet("domain", "domain_with_subdomains")]
    public string? SearchType { get; set; }

    /// <summary>At most this many links from one domain (linkPerDomain).</summary>
    [Parameter]
    [ValidateRange(1, 1000)]
    public long? LinkPerDomain { get; set; }

    /// <summary>The field to sort by: lastupdate, platform_type, threat_type; domains also domain_link, links_count; links also url_from, url_to.</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("lastupdate", "domain_link", "links_count", "platform_type", "threat_type", "url_from", "url_to")]
    public string? SortBy { get; set; }

    protected override void OnProcess()
    {
        var operation = (Links.IsPresent, Outgoing.IsPresent) switch
        {
            (false, false) => SerpstatBacklinkOperations.Threats,
            (true, false) => SerpstatBacklinkOperations.ThreatLinks,
            (false, true) => SerpstatBacklinkOperations.OutThreats,
            _ => SerpstatBacklinkOperations.OutThreatLinks,
        };
        Run(operation, new SerpstatBacklinkQuery { SearchType = SearchType, LinkPerDomain = LinkPerDomain, SortBy = SortBy });
    }
}
