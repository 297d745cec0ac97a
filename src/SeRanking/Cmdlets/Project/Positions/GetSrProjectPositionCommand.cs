using System;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.Positions;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Positions;

/// <summary>
/// Gets the position history of projects as one row per keyword × search engine × date, ready for
/// Export-Csv (free); landing pages, SERP features and the content score when asked for.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrProjectPosition")]
[OutputType(OutputTypeNames.ProjectPosition)]
public sealed class GetSrProjectPositionCommand : SrCmdlet
{
    /// <summary>The projects; from the pipeline by value or by a SiteId property (Get-SrProject output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SiteId { get; set; } = [];

    /// <summary>The first date; absent: the API's default, a week back.</summary>
    [Parameter]
    [Alias("date_from")]
    public DateTime? From { get; set; }

    /// <summary>The last date; absent: today.</summary>
    [Parameter]
    [Alias("date_to")]
    public DateTime? To { get; set; }

    /// <summary>One search engine of the project; from the pipeline by a SiteEngineId property. Every engine when absent.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("site_engine_id")]
    public long? SiteEngineId { get; set; }

    /// <summary>Only keywords ranking within this position (10: the first page).</summary>
    [Parameter]
    [Alias("in_top")]
    [ValidateRange(1, 200)]
    public int? InTop { get; set; }

    /// <summary>Adds the page that ranked (LandingPage).</summary>
    [Parameter]
    public SwitchParameter IncludeLandingPage { get; set; }

    /// <summary>Adds the SERP features seen (SerpFeatures).</summary>
    [Parameter]
    public SwitchParameter IncludeSerpFeature { get; set; }

    /// <summary>Adds the target page's content score (ContentScore, ContentScoreChange).</summary>
    [Parameter]
    public SwitchParameter IncludeContentScore { get; set; }

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in SiteId)
        {
            var query = new ProjectPositionQuery
            {
                SiteId = id,
                From = From,
                To = To,
                SiteEngineId = SiteEngineId,
                InTop = InTop,
                LandingPages = IncludeLandingPage.IsPresent,
                SerpFeatures = IncludeSerpFeature.IsPresent,
                ContentScore = IncludeContentScore.IsPresent,
            };
            this.StreamRows(ProjectPositionOperations.Positions, query, RowWindow.Everything, ProjectChecks.Project(id));
        }
    }
}
