using System;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.Positions;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Positions;

/// <summary>Gets a project's ranking chart: one row per series (each search engine, and their average) and date (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectRankingTrend")]
[OutputType(OutputTypeNames.ProjectRankingTrend)]
public sealed class GetSrProjectRankingTrendCommand : SrCmdlet
{
    /// <summary>The projects; from the pipeline by value or by a SiteId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SiteId { get; set; } = [];

    /// <summary>What is plotted: avg_pos (the API's default), visibility, visibility_percent, top10 or top10_percent.</summary>
    [Parameter(Position = 1)]
    [Alias("type")]
    [ValidateSet("avg_pos", "visibility", "visibility_percent", "top10", "top10_percent")]
    public string? Metric { get; set; }

    /// <summary>One search engine of the project; from the pipeline by a SiteEngineId property.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("site_engine_id")]
    public long? SiteEngineId { get; set; }

    /// <summary>The first date.</summary>
    [Parameter]
    [Alias("date_from")]
    public DateTime? From { get; set; }

    /// <summary>The last date.</summary>
    [Parameter]
    [Alias("date_to")]
    public DateTime? To { get; set; }

    /// <summary>Only the keywords of this keyword group.</summary>
    [Parameter]
    [Alias("group_id")]
    [ValidateRange(1, long.MaxValue)]
    public long? GroupId { get; set; }

    /// <summary>Only these keywords.</summary>
    [Parameter]
    [Alias("keywords_ids")]
    [ValidateRange(1, long.MaxValue)]
    public long[]? KeywordId { get; set; }

    /// <summary>Only keywords whose landing pages carry these URL tags.</summary>
    [Parameter]
    [Alias("tags_ids")]
    [ValidateRange(1, long.MaxValue)]
    public long[]? TagId { get; set; }

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in SiteId)
        {
            var query = new ProjectRankingTrendQuery
            {
                SiteId = id,
                Metric = Metric,
                SiteEngineId = SiteEngineId,
                From = From,
                To = To,
                GroupId = GroupId,
                KeywordIds = KeywordId,
                TagIds = TagId,
            };
            this.StreamRows(ProjectPositionOperations.RankingTrend, query, RowWindow.Everything, ProjectChecks.Project(id));
        }
    }
}
