using System;
using System.Management.Automation;
using SeRanking.Engine.Serpstat.RankTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.RankTracker;

/// <summary>
/// Gets the ranking history of a rank-tracker project's keywords in one region: the project
/// domain's positions (getUrlsSerpResultsHistory) or, with -Top100, the whole top 100
/// (getKeywordsSerpResultsHistory); free.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatRankTrackerHistory", SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatRankKeyword)]
public sealed class GetSerpstatRankTrackerHistoryCommand : SerpstatListCmdlet
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

    /// <summary>The top 100 for each keyword (getKeywordsSerpResultsHistory) instead of the project domain's positions.</summary>
    [Parameter]
    public SwitchParameter Top100 { get; set; }

    /// <summary>The first date of the history (dateFrom).</summary>
    [Parameter]
    [Alias("dateFrom")]
    public DateTime? From { get; set; }

    /// <summary>The last date of the history (dateTo).</summary>
    [Parameter]
    [Alias("dateTo")]
    public DateTime? To { get; set; }

    /// <summary>Only these of the project's keywords (keywords).</summary>
    [Parameter]
    [Alias("keywords")]
    [ValidateNotNullOrEmpty]
    public string[]? Keyword { get; set; }

    /// <summary>Add each keyword's tags (withTags).</summary>
    [Parameter]
    public SwitchParameter WithTags { get; set; }

    /// <summary>The domain whose positions to read, when not the project's (domain; not with -Top100).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Domain { get; set; }

    /// <summary>keyword (the default) or date.</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("keyword", "date")]
    public string? SortBy { get; set; }

    /// <summary>desc (the default with -SortBy) or asc (order).</summary>
    [Parameter]
    [Alias("order")]
    [ValidateSet("asc", "desc")]
    public string? SortOrder { get; set; }

    protected override void OnProcess()
    {
        var query = new SerpstatRankQuery
        {
            ProjectId = ProjectId,
            RegionId = RegionId,
            From = From,
            To = To,
            Keywords = Keyword,
            WithTags = WithTags.IsPresent ? true : null,
            Domain = Domain,
            SortBy = SortBy,
            SortOrder = SortOrder,
        };
        this.WriteRows(Top100.IsPresent ? SerpstatRankTrackerOperations.TopHistory : SerpstatRankTrackerOperations.UrlHistory, query, Window, $"project {ProjectId}, region {RegionId}");
    }
}
