using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.AiTracker;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>What the cited domain and page lists add to the source filters: mention, link, search, competitors, sorting and paging.</summary>
public abstract class AiTrackerSourceListCmdlet : AiTrackerSourceCmdlet
{
    /// <summary>Only sources whose answers mention the brand ($true) or do not ($false).</summary>
    [Parameter]
    [Alias("is_brand_mentioned")]
    public bool? BrandMentioned { get; set; }

    /// <summary>Only sources that link to the site ($true) or do not ($false).</summary>
    [Parameter]
    [Alias("has_link")]
    public bool? HasLink { get; set; }

    /// <summary>Only sources whose domain or URL contains this text.</summary>
    [Parameter]
    public string? Search { get; set; }

    /// <summary>Only sources that also cite these competitors.</summary>
    [Parameter]
    [Alias("competitor_ids")]
    [ValidateRange(1, long.MaxValue)]
    public long[]? CompetitorId { get; set; }

    /// <summary>Sort ascending (the API sorts descending by default).</summary>
    [Parameter]
    public SwitchParameter Ascending { get; set; }

    /// <summary>Every source, page after page (100 a page).</summary>
    [Parameter]
    public SwitchParameter All { get; set; }

    private protected RowWindow Window => Infrastructure.OperationCalls.WindowOf(this, All.IsPresent);

    private protected AiTrackerSourceQuery ListQueryFor(long siteId, string? sortBy) => QueryFor(siteId) with
    {
        BrandMentioned = BrandMentioned,
        HasLink = HasLink,
        Search = Search,
        CompetitorIds = CompetitorId,
        SortBy = sortBy,
        Ascending = Ascending.IsPresent,
    };
}
