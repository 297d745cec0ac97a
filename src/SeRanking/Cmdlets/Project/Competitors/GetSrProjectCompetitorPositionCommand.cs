using System;
using System.Globalization;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Competitors;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Competitors;

/// <summary>
/// Gets competitors' positions on their project's keywords as one row per keyword × search engine
/// × date, ready for Export-Csv (free).
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrProjectCompetitorPosition")]
[OutputType(OutputTypeNames.ProjectCompetitorPosition)]
public sealed class GetSrProjectCompetitorPositionCommand : SrCmdlet
{
    /// <summary>The competitors; from the pipeline by value or by a CompetitorId property (Get-SrProjectCompetitor output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("competitor_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] CompetitorId { get; set; } = [];

    /// <summary>The first date; absent: the API's default, a week back.</summary>
    [Parameter]
    [Alias("date_from")]
    public DateTime? From { get; set; }

    /// <summary>The last date; absent: today.</summary>
    [Parameter]
    [Alias("date_to")]
    public DateTime? To { get; set; }

    /// <summary>One search engine of the project; every engine when absent.</summary>
    [Parameter]
    [Alias("site_engine_id")]
    public long? SiteEngineId { get; set; }

    /// <summary>Adds the SERP features seen (SerpFeatures).</summary>
    [Parameter]
    public SwitchParameter IncludeSerpFeature { get; set; }

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in CompetitorId)
        {
            var query = new ProjectCompetitorPositionQuery { CompetitorId = id, From = From, To = To, SiteEngineId = SiteEngineId, SerpFeatures = IncludeSerpFeature.IsPresent };
            this.StreamRows(ProjectCompetitorOperations.Positions, query, RowWindow.Everything, "competitor " + id.ToString(CultureInfo.InvariantCulture));
        }
    }
}
