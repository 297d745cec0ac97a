using System;
using System.Management.Automation;
using SeRanking.Engine.Serpstat.RankTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.RankTracker;

/// <summary>Gets the domains in the top 20 for a rank-tracker project's keywords in one region, with their history (getTopCompetitorsDomainsHistory; free).</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatRankTrackerCompetitor", SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatRankCompetitor)]
public sealed class GetSerpstatRankTrackerCompetitorCommand : SerpstatListCmdlet
{
    /// <summary>The rank-tracker project; from the pipeline by a ProjectId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, long.MaxValue)]
    public long ProjectId { get; set; }

    /// <summary>The project's region (projectRegionId); from the pipeline by a RegionId property.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("projectRegionId")]
    [ValidateRange(1, long.MaxValue)]
    public long RegionId { get; set; }

    /// <summary>The first date of the history (dateFrom).</summary>
    [Parameter]
    [Alias("dateFrom")]
    public DateTime? From { get; set; }

    /// <summary>The last date of the history (dateTo).</summary>
    [Parameter]
    [Alias("dateTo")]
    public DateTime? To { get; set; }

    /// <summary>Only these competitor domains (domains).</summary>
    [Parameter]
    [Alias("domains")]
    [ValidateNotNullOrEmpty]
    public string[]? Domain { get; set; }

    /// <summary>domain, sum_traffic (the default), keywords_count, avg_position, position_ranges or ads_count.</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("domain", "sum_traffic", "keywords_count", "avg_position", "position_ranges", "ads_count")]
    public string? SortBy { get; set; }

    /// <summary>The range a sort by position or keyword count uses: top1, top2, keywords_count_bottom, keywords_count_top, avg_position_top, avg_position_bottom (sortRange).</summary>
    [Parameter]
    [ValidateSet("top1", "top2", "keywords_count_bottom", "keywords_count_top", "avg_position_top", "avg_position_bottom")]
    public string? SortRange { get; set; }

    /// <summary>desc (the default with -SortBy) or asc (order).</summary>
    [Parameter]
    [Alias("order")]
    [ValidateSet("asc", "desc")]
    public string? SortOrder { get; set; }

    protected override void OnProcess()
    {
        var query = new SerpstatRankQuery { ProjectId = ProjectId, RegionId = RegionId, From = From, To = To, Domains = Domain, SortBy = SortBy, SortRange = SortRange, SortOrder = SortOrder };
        this.WriteRows(SerpstatRankTrackerOperations.Competitors, query, Window, $"project {ProjectId}, region {RegionId}");
    }
}
