using System.Management.Automation;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Backlinks;

/// <summary>
/// Gets the backlinks of domains, hosts or URLs (1 credit per backlink): up to 10,000 filtered and
/// sorted (backlinks/all), or with -All (or -First beyond 10,000) every one of them, page after
/// page (backlinks/raw).
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrBacklink", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.Backlink)]
public sealed class GetSrBacklinkCommand : BacklinkListCmdlet
{
    /// <summary>date_found (the API's default), domain_inlink_rank or inlink_rank; always descending.</summary>
    [Parameter]
    [Alias("order_by")]
    [ValidateSet("date_found", "domain_inlink_rank", "inlink_rank")]
    public string? OrderBy { get; set; }

    /// <summary>At most this many backlinks from each referring domain (1–100).</summary>
    [Parameter]
    [Alias("per_domain")]
    [ValidateRange(1, 100)]
    public int? PerDomain { get; set; }

    [Parameter]
    [ValidateRange(0, 100)]
    public int? InlinkRankFrom { get; set; }

    [Parameter]
    [ValidateRange(0, 100)]
    public int? InlinkRankTo { get; set; }

    [Parameter]
    [ValidateRange(0, 100)]
    public int? DomainInlinkRankFrom { get; set; }

    [Parameter]
    [ValidateRange(0, 100)]
    public int? DomainInlinkRankTo { get; set; }

    /// <summary>Text the linking page's URL contains (ASCII, up to 2,063 characters).</summary>
    [Parameter]
    [Alias("url_from_filter")]
    public string? UrlFromFilter { get; set; }

    /// <summary>contains (the default) or does_not_contain.</summary>
    [Parameter]
    [ValidateSet("contains", "does_not_contain")]
    public string? UrlFromFilterMode { get; set; }

    /// <summary>Text the linked page's URL contains.</summary>
    [Parameter]
    [Alias("url_to_filter")]
    public string? UrlToFilter { get; set; }

    [Parameter]
    [ValidateSet("contains", "does_not_contain")]
    public string? UrlToFilterMode { get; set; }

    /// <summary>Text the anchor contains.</summary>
    [Parameter]
    [Alias("anchor_filter")]
    public string? AnchorFilter { get; set; }

    [Parameter]
    [ValidateSet("contains", "does_not_contain")]
    public string? AnchorFilterMode { get; set; }

    /// <summary>Only dofollow or only nofollow links (nofollow_filter).</summary>
    [Parameter]
    [ValidateSet("Dofollow", "Nofollow")]
    public string? Follow { get; set; }

    protected override void OnProcess()
    {
        // backlinks/all answers at most 10,000 rows and cannot page: beyond that, or with -All,
        // the whole set comes from backlinks/raw (cursor pages, no filters).
        var operation = WantsMoreThan(BacklinkOperations.MaxListRows) ? BacklinkOperations.Raw : BacklinkOperations.All;
        foreach (var target in Target)
        {
            this.WriteRows(operation, Query(target), Window, target);
        }
    }

    private BacklinkListQuery Query(string target) => new()
    {
        Target = target,
        Mode = Mode,
        OrderBy = OrderBy,
        PerDomain = PerDomain,
        InlinkRankFrom = InlinkRankFrom,
        InlinkRankTo = InlinkRankTo,
        DomainInlinkRankFrom = DomainInlinkRankFrom,
        DomainInlinkRankTo = DomainInlinkRankTo,
        UrlFromFilter = UrlFromFilter,
        UrlFromFilterMode = UrlFromFilterMode,
        UrlToFilter = UrlToFilter,
        UrlToFilterMode = UrlToFilterMode,
        AnchorFilter = AnchorFilter,
        AnchorFilterMode = AnchorFilterMode,
        LinkFollow = Follow is null ? null : Follow.ToLowerInvariant() + "_only",
    };
}
