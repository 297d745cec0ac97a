using System;
using System.Globalization;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Competitors;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Competitors;

/// <summary>
/// Gets the sites that ranked for a project's keyword on one engine and date (free): the top 10,
/// or with -Top the first 1–100 results.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrProjectSerpCompetitor")]
[OutputType(OutputTypeNames.ProjectSerpCompetitor)]
public sealed class GetSrProjectSerpCompetitorCommand : SrCmdlet
{
    /// <summary>The project; from the pipeline by a SiteId property (Get-SrProjectKeyword output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The keywords; from the pipeline by a KeywordId property (Get-SrProjectKeyword output).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("keyword_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] KeywordId { get; set; } = [];

    /// <summary>The project's search engine (Get-SrProjectSearchEngine).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_engine_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteEngineId { get; set; }

    /// <summary>A check date of the project (Get-SrProjectCheckDate).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    public DateTime Date { get; set; }

    /// <summary>How many results, 1–100 (the top-100 call); absent: the top 10.</summary>
    [Parameter]
    [ValidateRange(1, 100)]
    public int? Top { get; set; }

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var keyword in KeywordId)
        {
            var query = new ProjectSerpCompetitorQuery { SiteId = SiteId, SiteEngineId = SiteEngineId, KeywordId = keyword, Date = Date, Top = Top };
            var operation = Top is null ? ProjectCompetitorOperations.Top10 : ProjectCompetitorOperations.Top100;
            this.StreamRows(operation, query, RowWindow.Everything, "keyword " + keyword.ToString(CultureInfo.InvariantCulture));
        }
    }
}
