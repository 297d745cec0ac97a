using System.Management.Automation;
using SeRanking.Engine.Serpstat.Backlinks;

namespace SeRanking.Cmdlets.Serpstat.Backlinks;

/// <summary>
/// Gets the anchors of domains' backlinks with their counts (getAnchors; 1 line per row) or, with
/// -Top, the ten most used (getTopAnchors; 1 line a request).
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatBacklinkAnchor", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatAnchor)]
public sealed class GetSerpstatBacklinkAnchorCommand : SerpstatBacklinkCmdlet
{
    /// <summary>The ten most used anchors, for one line (getTopAnchors; no filters or sort).</summary>
    [Parameter]
    public SwitchParameter Top { get; set; }

    /// <summary>domain_with_subdomains (the default) or domain (searchType).</summary>
    [Parameter]
    [ValidateSet("domain", "domain_with_subdomains")]
    public string? SearchType { get; set; }

    /// <summary>The field to sort by: total, refDomains, nofollow, anchor, lastupdate (the default).</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("total", "refDomains", "nofollow", "anchor", "lastupdate")]
    public string? SortBy { get; set; }

    /// <summary>The anchor contains this (anchor contains).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? AnchorContains { get; set; }

    protected override void OnProcess() => Run(
        Top.IsPresent ? SerpstatBacklinkOperations.TopAnchors : SerpstatBacklinkOperations.Anchors,
        new SerpstatBacklinkQuery { SearchType = SearchType, SortBy = SortBy });
}
