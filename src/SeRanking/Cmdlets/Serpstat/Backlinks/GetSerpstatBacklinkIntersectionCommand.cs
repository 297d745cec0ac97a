using System.Management.Automation;
using SeRanking.Engine.Serpstat.Backlinks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Backlinks;

/// <summary>
/// Gets the donors a domain shares with 1 or 2 other domains, with each one's links
/// (getIntersect) or, with -Summary, how many they share (getIntersectSummary); 1 line per row.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatBacklinkIntersection", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatLinkingDomain, OutputTypeNames.SerpstatBacklinkIntersectionSummary)]
public sealed class GetSerpstatBacklinkIntersectionCommand : SerpstatBacklinkCmdlet
{
    /// <summary>The 1 or 2 domains to compare with (intersect).</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [Alias("intersect")]
    [ValidateCount(1, 2)]
    [ValidateNotNullOrEmpty]
    public string[] Compare { get; set; } = [];

    /// <summary>How many donors the domains share, rather than the donors (getIntersectSummary).</summary>
    [Parameter]
    public SwitchParameter Summary { get; set; }

    /// <summary>The field to sort by: domain_rank (the default), links_count1, links_count2, links_count3.</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("domain_rank", "links_count1", "links_count2", "links_count3")]
    public string? SortBy { get; set; }

    /// <summary>Serpstat Domain Rank of the donor at least this, 0–100 (domain_rank).</summary>
    [Parameter]
    public double? DomainRankFrom { get; set; }

    /// <summary>Serpstat Domain Rank of the donor at most this, 0–100 (domain_rank).</summary>
    [Parameter]
    public double? DomainRankTo { get; set; }

    protected override void OnProcess()
    {
        if (Summary.IsPresent)
        {
            Run(SerpstatBacklinkOperations.IntersectionSummary, new SerpstatBacklinkQuery { Intersect = Compare, SortBy = SortBy });
        }
        else
        {
            Run(SerpstatBacklinkOperations.Intersection, new SerpstatBacklinkQuery { Intersect = Compare, SortBy = SortBy });
        }
    }
}
